// Workspace trust: in Restricted Mode Isnad uses the built-in registry only, ignores the
// workspace's file settings and writes nothing (README). The decision logic, the settings
// reader under a stand-in `vscode`, and package.json's `when` clauses that mirror it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const host = vi.hoisted(() => ({
  trusted: true,
  values: {} as Record<string, { defaultValue?: unknown; globalValue?: unknown; workspaceValue?: unknown; workspaceFolderValue?: unknown }>,
}));

vi.mock('vscode', () => ({
  workspace: {
    get isTrusted() { return host.trusted; },
    getConfiguration: () => ({
      // What VS Code does in a trusted workspace: the most specific value wins.
      get: (key: string, fallback: unknown) => {
        const v = host.values[key];
        return v?.workspaceFolderValue ?? v?.workspaceValue ?? v?.globalValue ?? v?.defaultValue ?? fallback;
      },
      inspect: (key: string) => host.values[key],
    }),
  },
}));

import { HARD_MAX_FILE_KB } from '../../src/vscode/workspace/articleFiles';
import { readSettings } from '../../src/vscode/common/settings';
import { effectiveSetting, REGISTRY_WRITE_COMMANDS, RESTRICTED_SETTINGS, trustPolicy } from '../../src/vscode/common/trustPolicy';

const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));

beforeEach(() => {
  host.trusted = true;
  host.values = {};
});

describe('trustPolicy', () => {
  it('allows everything in a trusted workspace', () => {
    expect(trustPolicy(true)).toEqual({ readWorkspaceRegistry: true, writeWorkspaceRegistry: true, workspaceFileSettings: true });
  });

  it('in Restricted Mode: no registry read or write, no workspace file settings', () => {
    expect(trustPolicy(false)).toEqual({ readWorkspaceRegistry: false, writeWorkspaceRegistry: false, workspaceFileSettings: false });
  });
});

describe('effectiveSetting', () => {
  const inspected = { defaultValue: '**/*.txt', globalValue: 'news/**/*.txt', workspaceValue: '**/*', workspaceFolderValue: '../**' };

  it('honours workspace and folder values only when allowed', () => {
    expect(effectiveSetting(inspected, true, 'x')).toBe('../**');
    expect(effectiveSetting(inspected, false, 'x')).toBe('news/**/*.txt');
    expect(effectiveSetting({ defaultValue: 1024, workspaceValue: 999999 }, false, 1)).toBe(1024);
  });

  it('falls back when nothing is set', () => {
    expect(effectiveSetting(undefined, false, 'x')).toBe('x');
    expect(effectiveSetting({}, true, 'x')).toBe('x');
  });
});

describe('readSettings', () => {
  it('uses the workspace file settings in a trusted workspace', () => {
    host.values['files.include'] = { defaultValue: '**/*.txt', workspaceValue: 'articles/**/*.txt' };
    host.values['files.maxFileSizeKB'] = { defaultValue: 1024, workspaceValue: 64 };
    const s = readSettings();
    expect(s.include).toBe('articles/**/*.txt');
    expect(s.maxFileSizeKB).toBe(64);
  });

  it('ignores them in Restricted Mode (the user\'s own values still count)', () => {
    host.trusted = false;
    host.values['files.include'] = { defaultValue: '**/*.txt', workspaceValue: '**/*' };
    host.values['files.maxFileSizeKB'] = { defaultValue: 1024, globalValue: 2048, workspaceValue: 10240 };
    const s = readSettings();
    expect(s.include).toBe('**/*.txt');
    expect(s.maxFileSizeKB).toBe(2048);
  });

  it('clamps hostile or broken values', () => {
    host.values['files.include'] = { workspaceValue: 42 };
    host.values['files.maxFileSizeKB'] = { workspaceValue: 1e9 };
    host.values['analysis.debounceMs'] = { workspaceValue: -1 };
    host.values['hover.maxArticles'] = { workspaceValue: 1e6 };
    host.values['claims.minSources'] = { workspaceValue: 'many' };
    const s = readSettings();
    expect(s.include).toBe('**/*.txt');
    expect(s.maxFileSizeKB).toBe(HARD_MAX_FILE_KB);
    expect(s.debounceMs).toBe(0);
    expect(s.hoverMaxArticles).toBe(50);
    expect(s.minSources).toBe(2);
  });
});

describe('package.json mirrors the policy', () => {
  it('declares limited support, and restricts exactly the file settings', () => {
    const untrusted = pkg.capabilities.untrustedWorkspaces;
    expect(untrusted.supported).toBe('limited');
    expect([...untrusted.restrictedConfigurations].sort()).toEqual(RESTRICTED_SETTINGS.map((k) => `isnad.${k}`).sort());
  });

  it('hides every command that writes the registry in Restricted Mode, wherever it appears', () => {
    const menus: Record<string, Array<{ command: string; when?: string }>> = pkg.contributes.menus;
    for (const command of REGISTRY_WRITE_COMMANDS) {
      expect(pkg.contributes.commands.some((c: { command: string }) => c.command === command), command).toBe(true);
      const palette = menus.commandPalette.find((m) => m.command === command);
      expect(palette?.when, `${command} in the palette`).toMatch(/\bisWorkspaceTrusted\b/);
      for (const [menu, entries] of Object.entries(menus)) {
        for (const e of entries.filter((x) => x.command === command)) expect(e.when ?? '', `${command} in ${menu}`).toMatch(/\bisWorkspaceTrusted\b/);
      }
    }
  });

  it('bounds the size setting like the code does', () => {
    expect(pkg.contributes.configuration.properties['isnad.files.maxFileSizeKB'].maximum).toBe(HARD_MAX_FILE_KB);
  });
});
