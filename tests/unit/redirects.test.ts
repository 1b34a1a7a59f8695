/** The redirect entries: split into their ends, and turned into the anchor map a transcript page embeds. */
import { describe, expect, it } from 'vitest';
import { anchorRedirectsOf, redirectEnds } from '../../src/model/redirects';

const redirects = [
  { from: 'event/opening-syria-investigation', to: 'event/opening-idlib' },
  { from: 'event/q-old', to: 'other-event/q-new' },
  { from: 'other-event/a-old', to: 'other-event/a-new' },
];

describe('redirects', () => {
  it('split each end into event and segment id', () => {
    expect(redirectEnds(redirects[0]!)).toEqual({
      from: { event: 'event', id: 'opening-syria-investigation' },
      to: { event: 'event', id: 'opening-idlib' },
    });
  });

  it('give a transcript page only the ids that move within it', () => {
    expect(anchorRedirectsOf('event', redirects)).toEqual({ 'opening-syria-investigation': 'opening-idlib' });
    expect(anchorRedirectsOf('other-event', redirects)).toEqual({ 'a-old': 'a-new' });
    expect(anchorRedirectsOf('none', redirects)).toEqual({});
  });
});
