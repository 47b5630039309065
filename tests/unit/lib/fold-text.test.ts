import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/lib/fold-text.ts';

describe('foldText', () => {
  it('ignores accents, case and surrounding space', () => {
    expect(foldText('  Japão ')).toBe('japao');
    expect(foldText('CÔTE D’IVOIRE')).toBe('cote d’ivoire');
  });
});
