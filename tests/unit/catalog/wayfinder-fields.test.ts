/** Wayfinder's own fields: the wayfinder.dev/* annotations and the escalation ladder. */
import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../../src/core/duration.ts';
import { loadFixture } from './helpers.ts';

describe('Wayfinder fields', () => {
  it('reads chat, chat-url, on-call, tier and SLO into typed fields', () => {
    const team = loadFixture('relations').byRef.get('group:default/payments-team');
    expect(team).toMatchObject({
      chat: '#payments',
      chatUrl: 'https://chat.example.com/channels/payments',
      oncall: 'https://oncall.example.com/schedules/payments',
    });
    expect(loadFixture('relations').byRef.get('component:default/payments-service')?.tier).toBe(1);
  });

  it('reads the escalation ladder with after in minutes and who refs resolved', () => {
    const team = loadFixture('relations').byRef.get('group:default/payments-team');
    expect(team?.escalation).toEqual([
      { who: 'Payments on-call', how: 'Page through the on-call rota', url: 'https://oncall.example.com/schedules/payments', after: '0m', afterMinutes: 0 },
      { who: 'user:ana.lima', whoRef: 'user:default/ana.lima', how: 'Phone the team lead', url: 'tel:+15550100200', after: '30m', afterMinutes: 30 },
      { who: 'group:sre-team', whoRef: 'group:default/sre-team', how: 'Escalate to SRE', after: '1h30m', afterMinutes: 90 },
    ]);
  });

  it('leaves out what it reported: bad URLs, bad tiers and levels with problems', () => {
    const r = loadFixture('wayfinder-fields');
    const b = r.byRef.get('group:default/team-b');
    expect(b?.chatUrl).toBeUndefined();
    expect(b?.oncall).toBeUndefined();
    expect(b?.tier).toBeUndefined();
    expect(b?.escalation.map((l) => [l.who, l.url, l.afterMinutes])).toEqual([
      ['user:nobody', undefined, 60],
      ['Manager', undefined, 5],
    ]);
    expect(r.byRef.get('group:default/team-c')?.escalation).toEqual([]);
  });
});

describe('durations', () => {
  it('parses minutes, hours, days and combinations', () => {
    expect(['0m', '15m', '1h', '1d', '1h30m', '2d4h', ' 45M ', '90m'].map(parseDuration)).toEqual([0, 15, 60, 1440, 90, 3120, 45, 90]);
  });
  it('rejects what is not a duration', () => {
    expect(['', '15', 'm', '15 minutes', '1.5h', '-5m', '1m1h', 'soon'].map(parseDuration)).toEqual(Array(8).fill(undefined));
  });
  it('formats minutes back', () => {
    expect([0, 15, 60, 90, 1440, 1530].map(formatDuration)).toEqual(['0m', '15m', '1h', '1h30m', '1d', '1d1h30m']);
  });
});
