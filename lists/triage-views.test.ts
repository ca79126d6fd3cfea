import { describe, expect, it } from 'vitest';
import type { Lead, Triage } from '@/model';
import { filterLeads, icpPreview, parseWords, type CadenceStates } from '@/lists';
import { lead } from '@/test/lists-test-helpers';

// The dashboard's triage views (issue #14): its filters, and the ideal-customer words' live preview.
const none: CadenceStates = new Map();
const ids = (leads: readonly Lead[]) => leads.map((l) => l.id);
const t = (o: Partial<Triage>): Triage => ({
  likelyFalse: false,
  reasons: [],
  fit: 0,
  suggestedTemperature: null,
  ...o,
});

const bot = lead('x:1', { triage: t({ likelyFalse: true, reasons: ['default avatar'], fit: 10 }) });
const founder = lead('x:2', {
  headline: 'Founder, fintech',
  triage: t({ fit: 80, suggestedTemperature: 'warm' }),
});
const unscored = lead('x:3'); // stored before triage existed: no triage field
const leads = [bot, founder, unscored];

describe('triage filters', () => {
  it('narrows by minimum fit; a lead without triage has fit 0', () => {
    expect(ids(filterLeads(leads, { minFit: 50 }, none))).toEqual(['x:2']);
    expect(ids(filterLeads(leads, { minFit: 10 }, none))).toEqual(['x:1', 'x:2']);
    expect(ids(filterLeads(leads, { minFit: 0 }, none))).toEqual(['x:1', 'x:2', 'x:3']);
  });

  it('narrows to likely false leads, or to the others', () => {
    expect(ids(filterLeads(leads, { likelyFalse: true }, none))).toEqual(['x:1']);
    expect(ids(filterLeads(leads, { likelyFalse: false }, none))).toEqual(['x:2', 'x:3']);
  });

  it('narrows by suggested temperature; none is no suggestion', () => {
    expect(ids(filterLeads(leads, { suggested: 'warm' }, none))).toEqual(['x:2']);
    expect(ids(filterLeads(leads, { suggested: 'none' }, none))).toEqual(['x:1', 'x:3']);
  });
});

describe('parseWords', () => {
  it('splits on commas, semicolons and lines, trims, and drops blanks and repeats in any case', () => {
    expect(parseWords(' founder, CTO;fintech\n\n, cto ,Founder ')).toEqual(['founder', 'CTO', 'fintech']);
    expect(parseWords('')).toEqual([]);
  });

  it('keeps phrases whole and caps length and count at what the settings schema accepts', () => {
    expect(parseWords('crypto signals, head of sales')).toEqual(['crypto signals', 'head of sales']);
    expect(parseWords('a'.repeat(150))[0]).toHaveLength(100);
    expect(parseWords(Array.from({ length: 300 }, (_, i) => `w${i}`).join(','))).toHaveLength(200);
  });
});

describe('icpPreview', () => {
  const crypto = lead('x:4', { headline: 'Founder | crypto signals daily' });
  const plain = lead('x:5', { headline: 'Gardener' });
  const all = [founder, crypto, plain];

  it('counts leads an include word matches, and apart those an exclude word matches', () => {
    expect(icpPreview(all, { include: ['founder'], exclude: [] })).toEqual({ matched: 2, excluded: 0 });
    expect(icpPreview(all, { include: ['founder'], exclude: ['crypto signals'] })).toEqual({
      matched: 1,
      excluded: 1,
    });
  });

  it('matches whole words only, and nothing without words', () => {
    expect(icpPreview(all, { include: ['found'], exclude: [] })).toEqual({ matched: 0, excluded: 0 });
    expect(icpPreview(all, { include: [], exclude: [] })).toEqual({ matched: 0, excluded: 0 });
  });
});
