/**
 * A quick, local estimate of a password's strength, for the hint under the field while typing.
 * The API has the last word (zxcvbn, score 3 or more); this estimate is stricter than it is
 * generous, so "good" here rarely meets a refusal there.
 */
export type StrengthLevel = 'empty' | 'tooShort' | 'personal' | 'weak' | 'fair' | 'good' | 'strong';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

const COMMON_PARTS = [
  'password',
  'wachtwoord',
  'motdepasse',
  'welkom',
  'welcome',
  'bienvenue',
  'qwerty',
  'azerty',
  'admin',
  'kring',
  'letmein',
  '123456',
  '654321',
  'abcdef',
];

export interface StrengthInput {
  password: string;
  email?: string;
  firstName?: string;
}

/** 0 (unusable) to 4 (strong), and a level to name it. */
export function passwordStrength({ password, email, firstName }: StrengthInput): {
  score: 0 | 1 | 2 | 3 | 4;
  level: StrengthLevel;
} {
  if (password.length === 0) return { score: 0, level: 'empty' };
  if (password.length < MIN_PASSWORD_LENGTH) return { score: 0, level: 'tooShort' };
  const lower = password.toLowerCase();
  const personal = [firstName, ...(email ? email.toLowerCase().split(/[@.+_-]/) : [])]
    .map((part) => part?.trim().toLowerCase())
    .filter((part): part is string => Boolean(part) && (part?.length ?? 0) >= 3);
  if (personal.some((part) => lower.includes(part))) return { score: 0, level: 'personal' };

  let pool = 0;
  if (/[a-z]/.test(password)) pool += 26;
  if (/[A-Z]/.test(password)) pool += 26;
  if (/\d/.test(password)) pool += 10;
  if (/[^a-zA-Z\d]/.test(password)) pool += 33;
  // Repeats add little: count distinct characters, and halve runs like "aaaa" or "1234".
  const distinct = new Set(lower).size;
  let length = Math.min(password.length, distinct * 2);
  if (/(.)\1\1/.test(lower) || /(0123|1234|2345|3456|4567|5678|6789|abcd)/.test(lower)) length -= 3;
  let bits = length * Math.log2(Math.max(pool, 2));
  if (COMMON_PARTS.some((part) => lower.includes(part))) bits -= 30;
  // One word with digits or a sign at the end ("Zomer2024!") is the first thing guessed.
  if (/^[a-zA-Z]+[\d!?.#*@$%&-]*$/.test(password) && password.length < 16)
    bits = Math.min(bits, 45);

  if (bits < 40) return { score: 1, level: 'weak' };
  if (bits < 60) return { score: 2, level: 'fair' };
  if (bits < 80) return { score: 3, level: 'good' };
  return { score: 4, level: 'strong' };
}
