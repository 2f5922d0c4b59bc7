// The personal-information primitives against the practical limit, in one process:
// - validateResidentIdNumber (full verdict: kind, birth date, sex, reasons in two languages)
//   against a hand-written GB 11643-1999 check (a regex, the MOD 11-2 loop and a Date test of
//   the birth date; a boolean, no reasons): the cost of the explanation;
// - maskPersonalInfo on a customer record against three hand-written masks on a spread copy:
//   the cost of the field table, the depth walk and the compound-surname rule.
// Inputs: 2^16 invented numbers (valid and with one digit changed) and records, from a seed.

import { maskPersonalInfo, validateResidentIdNumber } from '../dist/customers/index.js';
import { measure, report, seeded } from './harness.mjs';

const rand = seeded(20261120);
const N = 1 << 16;
const mask = N - 1;
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const C = '10X98765432';
const check = (d17) => {
  let s = 0;
  for (let i = 0; i < 17; i++) s += (d17.charCodeAt(i) - 48) * W[i];
  return C[s % 11];
};
const pad = (n, w) => String(n).padStart(w, '0');
const ids = new Array(N);
const records = new Array(N);
for (let i = 0; i < N; i++) {
  const birth = new Date(Date.UTC(1940, 0, 1) + Math.floor(rand() * 80 * 365) * 86_400_000)
    .toISOString()
    .slice(0, 10)
    .replace(/-/g, '');
  const d17 = `${['110100', '310100', '440100', '510100'][i & 3]}${birth}${pad(Math.floor(rand() * 1000), 3)}`;
  let id = `${d17}${check(d17)}`;
  if (rand() < 0.2) id = `${id.slice(0, 9)}${(Number(id[9]) + 1) % 10}${id.slice(10)}`;
  ids[i] = id;
  records[i] = {
    id: `K-${i}`,
    projectId: 'P-GZ-01',
    name: rand() < 0.1 ? '欧阳娜娜' : '张小明',
    phone: `160${pad(Math.floor(rand() * 1e8), 8)}`,
    idNumber: id,
    createdOn: '2025-03-01',
  };
}

/** The practical limit: shape, check character, real birth date; a boolean. */
function handWritten(id) {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return false;
  return check(id.slice(0, 17)) === id[17];
}

// Both agree on every input before they are timed.
for (let i = 0; i < N; i++) {
  if (handWritten(ids[i]) !== validateResidentIdNumber(ids[i]).valid) throw new Error(`disagree on ${i}`);
}

report(
  'identity numbers (GB 11643-1999), 80% valid',
  measure([
    { name: 'hand-written check (boolean)', fn: (i) => handWritten(ids[i & mask]) },
    { name: 'validateResidentIdNumber', fn: (i) => validateResidentIdNumber(ids[i & mask]).valid },
  ]),
  'hand-written check (boolean)',
);

const handMask = (r) => ({
  ...r,
  name: `${r.name[0]}${'*'.repeat(r.name.length - 1)}`,
  phone: `${r.phone.slice(0, 3)}****${r.phone.slice(7)}`,
  idNumber: `${r.idNumber.slice(0, 6)}********${r.idNumber.slice(14)}`,
});
report(
  'masking a customer record (name, phone, identity number)',
  measure([
    { name: 'hand-written masks on a copy', fn: (i) => handMask(records[i & mask]) },
    { name: 'maskPersonalInfo', fn: (i) => maskPersonalInfo(records[i & mask]) },
  ]),
  'hand-written masks on a copy',
);
