// The colour ramp keeps every value visible on light, dark and high-contrast backgrounds: WCAG's 3:1
// for graphics between each end of the scale and the editor background.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { interpolateViridis } from 'd3';
import { metricColorScale } from '../../extension/webviews/overview/colorScale';
import { contrastRatio, DEFAULT_RAMP, MIN_CONTRAST, rampFor } from '../../extension/webviews/overview/themeRamp';

// VS Code's default editor backgrounds: Dark Modern, Light Modern, Dark High Contrast, Light High Contrast.
const BACKGROUNDS = { dark: '#1f1f1f', light: '#ffffff', highContrast: '#000000', highContrastLight: '#ffffff', oldDark: '#1e1e1e' };

describe('contrast ratio', () => {
  test('matches WCAG for black on white and is symmetric', () => {
    assert.ok(Math.abs(contrastRatio('#000', '#fff') - 21) < 1e-9);
    assert.equal(contrastRatio('#777', '#777'), 1);
    assert.equal(contrastRatio('#123456', '#abcdef'), contrastRatio('#abcdef', '#123456'));
  });

  test('the old fixed ramp loses its lowest value on a dark background (what the theme ramp fixes)', () => {
    assert.ok(contrastRatio(interpolateViridis(DEFAULT_RAMP[0]), BACKGROUNDS.dark) < MIN_CONTRAST);
  });
});

describe('ramp per theme', () => {
  for (const [theme, background] of Object.entries(BACKGROUNDS)) {
    test(`${theme}: the lowest, middle and highest values keep 3:1 against ${background}`, () => {
      const scale = metricColorScale([0, 1], rampFor(background));
      for (const v of [0, 0.25, 0.5, 0.75, 1]) {
        const ratio = contrastRatio(scale(v), background);
        assert.ok(ratio >= MIN_CONTRAST, `${theme}: value ${v} is ${scale(v)}, contrast ${ratio.toFixed(2)}`);
      }
    });
  }

  test('dark themes drop the purple end, light themes the yellow end, and keep a usable stretch', () => {
    const [darkLo, darkHi] = rampFor(BACKGROUNDS.dark);
    const [lightLo, lightHi] = rampFor(BACKGROUNDS.light);
    assert.ok(darkLo > DEFAULT_RAMP[0] && darkHi === 1, `dark ramp ${darkLo}–${darkHi}`);
    assert.ok(lightLo === 0 && lightHi < 1, `light ramp ${lightLo}–${lightHi}`);
    for (const [lo, hi] of [rampFor(BACKGROUNDS.dark), rampFor(BACKGROUNDS.light)]) assert.ok(hi - lo >= 0.35);
  });

  test('a background that is not a colour, or a mid grey no stretch suits, keeps the default ramp', () => {
    assert.deepEqual(rampFor('var(--nothing)'), DEFAULT_RAMP);
    assert.deepEqual(rampFor('#808080'), DEFAULT_RAMP);
  });

  test('the scale maps the domain onto the chosen stretch', () => {
    const ramp = rampFor(BACKGROUNDS.dark);
    const scale = metricColorScale([10, 20], ramp);
    assert.equal(scale(10), interpolateViridis(ramp[0]));
    assert.equal(scale(20), interpolateViridis(ramp[1]));
    assert.equal(scale(5), scale(10), 'clamped below the domain');
  });
});
