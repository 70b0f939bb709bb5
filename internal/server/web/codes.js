// Code tables the UI shows: quad classes, CAMEO root codes, PLOVER types.

export const QUADS = {
  1: { name: 'Verbal cooperation', short: 'verbal coop.', color: '#3a8fb7' },
  2: { name: 'Material cooperation', short: 'material coop.', color: '#2e9e6a' },
  3: { name: 'Verbal conflict', short: 'verbal conflict', color: '#e8a33d' },
  4: { name: 'Material conflict', short: 'material conflict', color: '#d1453b' },
};

export function quadColor(q) {
  return (QUADS[q] || { color: '#888' }).color;
}

export const ROOTS = {
  '01': 'Make public statement',
  '02': 'Appeal',
  '03': 'Express intent to cooperate',
  '04': 'Consult',
  '05': 'Diplomatic cooperation',
  '06': 'Material cooperation',
  '07': 'Provide aid',
  '08': 'Yield',
  '09': 'Investigate',
  '10': 'Demand',
  '11': 'Disapprove',
  '12': 'Reject',
  '13': 'Threaten',
  '14': 'Protest',
  '15': 'Exhibit military posture',
  '16': 'Reduce relations',
  '17': 'Coerce',
  '18': 'Assault',
  '19': 'Fight',
  '20': 'Mass violence',
};

export const PLOVER = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

export const MODALITIES = ['asserted', 'reported', 'future', 'hypothetical'];

export const LANGS = { fr: 'French', en: 'English' };

export const ENTITY_TYPES = { PER: 'person', ORG: 'organisation', LOC: 'place', NORP: 'group' };
