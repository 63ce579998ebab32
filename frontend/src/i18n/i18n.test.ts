import { describe, expect, it } from 'vitest';
import en from './en';
import zhTW from './zh-TW';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('translations', () => {
  it('zh-TW has every English key and no empty string', () => {
    expect(keys(zhTW).sort()).toEqual(keys(en).sort());
    for (const key of keys(zhTW)) {
      const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], zhTW);
      expect(value, key).not.toBe('');
    }
  });
});
