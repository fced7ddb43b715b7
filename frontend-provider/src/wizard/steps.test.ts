import { describe, expect, it } from 'vitest';
import { profileWith } from '../test/wizardFixtures';
import { isReachable, progressOf, stepAfterSaving, stepState } from './steps';

describe('where the wizard stands', () => {
  it('starts at Persoonlijk without a profile, with only the account done', () => {
    const progress = progressOf(null);
    expect(progress.next).toBe('personal');
    expect([...progress.completed]).toEqual(['signup']);
    expect(isReachable('personal', progress)).toBe(true);
    expect(isReachable('company', progress)).toBe(false);
  });

  it('opens the steps done and the next one, nothing after', () => {
    const progress = progressOf(profileWith(['personal', 'company']));
    expect(isReachable('personal', progress)).toBe(true);
    expect(isReachable('profile', progress)).toBe(true);
    expect(isReachable('availability', progress)).toBe(false);
    expect(stepState('signup', 'personal', progress)).toBe('done');
    expect(stepState('personal', 'personal', progress)).toBe('current');
    expect(stepState('profile', 'personal', progress)).toBe('open');
    expect(stepState('payment', 'personal', progress)).toBe('upcoming');
  });

  it('goes on to the following step after saving, or to where the wizard stands', () => {
    const all = progressOf(profileWith(['personal', 'company', 'profile', 'availability']));
    expect(stepAfterSaving('personal', all)).toBe('company');
    expect(stepAfterSaving('availability', all)).toBe('services');
    // Saved out of order: the following step is not open yet, so back to where it stands.
    const gap = progressOf(profileWith(['personal', 'profile']));
    expect(stepAfterSaving('profile', gap)).toBe('company');
    const done = progressOf(
      profileWith(['personal', 'company', 'profile', 'availability', 'services']),
    );
    expect(stepAfterSaving('services', done)).toBe('payment');
    expect(isReachable('done', done)).toBe(false);
  });
});
