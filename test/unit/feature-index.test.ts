import { describe, expect, it } from 'vitest';
import { featureId, featureName, releaseFeatureIndex } from '../../src/core/claims/featureRecords';

describe('the feature table after its index is released', () => {
  it('gives every known feature its id again, and a new one the next id', () => {
    const words = ['المفاوضات', 'إيران', '@iran', 'الأسابيع'];
    const before = words.map(featureId);
    releaseFeatureIndex();
    expect(words.map(featureId)).toEqual(before);
    const fresh = featureId('الإعمار-' + before.join('-'));
    expect(fresh).toBeGreaterThan(Math.max(...before));
    expect(featureName(fresh)).toBe('الإعمار-' + before.join('-'));
    releaseFeatureIndex();
    expect(featureId('الإعمار-' + before.join('-'))).toBe(fresh);
  });
});
