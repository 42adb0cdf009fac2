import type { RaciResponse } from '../people';
import { DEFAULT_DECISION_POLICY } from './defaultDecisionPolicy';
import { mayRequestDecision } from './mayRequestDecision';
import {
  anna,
  jonas,
  lena,
  prodRaci,
  sophie,
  tom,
} from './__fixtures__/prodRaci';

describe('mayRequestDecision', () => {
  it.each([
    [lena.entityRef, true],
    [jonas.entityRef, true],
    ['jonas.weber', true], // kind and namespace default
    [sophie.entityRef, false], // consulted
    [tom.entityRef, false], // consulted
    [anna.entityRef, false], // no go/no-go letter
    ['user:development/guest', false],
  ])(
    'by default lets the Responsible and Accountable request: %s → %s',
    (user, allowed) => {
      expect(
        mayRequestDecision(DEFAULT_DECISION_POLICY, prodRaci, {
          user,
          environment: 'prod',
        }).allowed,
      ).toBe(allowed);
    },
  );

  it('names the roles that may request when refusing', () => {
    expect(
      mayRequestDecision(DEFAULT_DECISION_POLICY, prodRaci, {
        user: sophie.entityRef,
        environment: 'prod',
      }),
    ).toEqual({
      allowed: false,
      refusal: 'not-eligible',
      reason:
        "user:default/sophie.lang is not responsible or accountable for 'Go/no-go decision' in prod; only Release Captain or Product Owner may request a go/no-go decision in prod",
    });
  });

  it('follows the policy’s requesters, by role', () => {
    const policy = {
      ...DEFAULT_DECISION_POLICY,
      requesters: { roles: ['tech-lead'] },
    };
    const ask = (user: string) =>
      mayRequestDecision(policy, prodRaci, { user, environment: 'prod' })
        .allowed;
    expect([ask(anna.entityRef), ask(lena.entityRef)]).toEqual([true, false]);
  });

  it('refuses when the matrix is for another environment or cannot be resolved', () => {
    const unavailable: RaciResponse = {
      ...prodRaci,
      source: { name: 'catalog', status: 'unavailable' },
    };
    for (const [raci, environment] of [
      [prodRaci, 'stage'],
      [unavailable, 'prod'],
    ] as const) {
      expect(
        mayRequestDecision(DEFAULT_DECISION_POLICY, raci, {
          user: lena.entityRef,
          environment,
        }).allowed,
      ).toBe(false);
    }
  });
});
