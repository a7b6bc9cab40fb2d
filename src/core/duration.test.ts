import { describe, expect, it } from 'vitest';
import { formatDuration, formatMinutes, parseDuration, parseStepDuration } from './duration.ts';

describe('step durations', () => {
  it('reads minutes, hours and both', () => {
    expect(parseStepDuration('30m')).toBe(30);
    expect(parseStepDuration('2h')).toBe(120);
    expect(parseStepDuration('1h30m')).toBe(90);
    expect(parseStepDuration('1h 30m')).toBe(90);
    expect(parseStepDuration(' 90M ')).toBe(90);
  });

  it('refuses anything else, and zero', () => {
    for (const bad of ['', '30', '1.5h', '30 minutes', 'h', 'm', '1d', '2h-1m', '30m1h', '0m', '0h0m', '-5m']) {
      expect(parseStepDuration(bad), bad).toBeUndefined();
    }
  });

  it('formats totals for readers', () => {
    expect(formatMinutes(0)).toBe('0 min');
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(120)).toBe('2 h');
    expect(formatMinutes(270)).toBe('4 h 30 min');
    expect(formatMinutes(1500)).toBe('25 h');
  });
});

describe('the one duration grammar (escalation `after`)', () => {
  it('reads days, hours and minutes, zero included, spaces between the parts', () => {
    expect(parseDuration('0m')).toBe(0);
    expect(parseDuration('1d')).toBe(1440);
    expect(parseDuration('1h30m')).toBe(90);
    expect(parseDuration('1d 2h 30m')).toBe(1590);
    expect(formatDuration(1590)).toBe('1d2h30m');
  });

  it('refuses what is not a duration, and days in a step', () => {
    for (const bad of ['', '30', '1.5h', '30 minutes', 'd', '30m1h']) expect(parseDuration(bad), bad).toBeUndefined();
    expect(parseStepDuration('1d')).toBeUndefined();
  });
});
