/**
 * The search query set: what a journalist or student types, and the passage they want, decided by
 * reading content/transcripts/lavrov-tillerson-2017-04-12.md and content/topics.yaml (not by
 * looking at what the search returned). Where a question and its answer both match, the answer is
 * usually what the reader wants; a question is expected only where it alone holds the words.
 *
 * tests/e2e/search-ranking.test.ts checks these against the built index, and scripts/bench.ts
 * times them. No imports on purpose: Node runs this file as is (type stripping) for the bench.
 */

/** A query that is a topic's label or one of its aliases (content/topics.yaml). */
export interface TopicQuery {
  readonly kind: 'topic';
  /** What the reader types. */
  readonly query: string;
  /** Segment id of the passage the reader wants: it must be the first result. */
  readonly expected: string;
  /**
   * The topic ids whose label or aliases the query is; the top results (as many as there are
   * passages tagged with one of them, at most 3) must each be tagged with one of these.
   */
  readonly topics: readonly [string, ...string[]];
  /** Why this passage: what it says that the reader is after. */
  readonly why: string;
  /** Set when another passage could fairly come first: which, and why we still expect this one. */
  readonly debatable?: string;
}

/** A query that is a name or a phrase: the expected passage must be among the first three. */
export interface PhraseQuery {
  readonly kind: 'phrase';
  readonly query: string;
  readonly expected: string;
  readonly why: string;
  readonly debatable?: string;
}

/** One entry of the query set. */
export type RankingQuery = TopicQuery | PhraseQuery;

/** How many results a phrase query's expected passage may be below the top. */
export const PHRASE_TOP = 3;

/** Topic words, as a reader would type them to find the passages on a subject. */
const TOPIC_QUERIES: readonly TopicQuery[] = [
  {
    kind: 'topic',
    query: 'Syria',
    expected: 'opening-settlement',
    topics: ['syria'],
    why: 'The one passage about Syria alone: the political settlement, Geneva and Astana.',
    debatable:
      'a-assad-support (Russia in Syria at the government’s request) is also about Syria first; a-transition is not: its main topic is regime change (Yugoslavia, Iraq, Libya, Sudan).',
  },
  {
    kind: 'topic',
    query: 'cyber',
    expected: 'a-cyber',
    topics: ['cyber'],
    why: 'Lavrov’s answer on cyber-crime cooperation.',
  },
  {
    kind: 'topic',
    query: 'hackers',
    expected: 'a-cyber',
    // topics.yaml lists "hackers" as an alias of both topics.
    topics: ['cyber', 'election-interference'],
    why: 'The answer about the “Russian hackers” chased and prosecuted in the US.',
  },
  {
    kind: 'topic',
    query: 'North Korea',
    expected: 'opening-korea',
    topics: ['korea'],
    why: 'The opening statement’s section on the Korean Peninsula: UN resolutions, denuclearisation.',
    debatable: 'a-korea (the answer on the Carl Vinson) is as good: both are Lavrov on the peninsula.',
  },
  {
    kind: 'topic',
    query: 'Minsk',
    expected: 'opening-ukraine',
    topics: ['ukraine'],
    why: 'The Minsk Agreements must be implemented.',
  },
  {
    kind: 'topic',
    query: 'chemical weapons',
    expected: 'a-rhetoric',
    topics: ['chemical-weapons'],
    why: 'The fullest statement on chemical weapons: the 2013 destruction, OPCW, FFM, JIM, the Idlib investigation.',
    debatable: 'opening-idlib (the Idlib incident in the opening statement) is shorter but as central.',
  },
  {
    kind: 'topic',
    query: 'sanctions',
    expected: 'a-evidence',
    topics: ['sanctions'],
    why: '“Secretary Tillerson did not threaten us with sanctions today.”',
  },
  {
    kind: 'topic',
    query: 'Afghanistan',
    expected: 'opening-afghanistan',
    topics: ['afghanistan'],
    why: 'The only passage on Afghanistan.',
  },
  {
    kind: 'topic',
    query: 'arms control',
    expected: 'opening-arms-control',
    topics: ['arms-control'],
    why: 'Strategic stability and arms control.',
  },
  {
    kind: 'topic',
    query: 'New START',
    expected: 'opening-arms-control',
    topics: ['arms-control'],
    why: 'The arms reduction treaties (the word is an alias).',
  },
  {
    kind: 'topic',
    query: 'trade',
    expected: 'opening-economy',
    topics: ['economy'],
    why: 'The volume of trade and investment.',
  },
  {
    kind: 'topic',
    query: 'Ukraine',
    expected: 'opening-ukraine',
    topics: ['ukraine'],
    why: 'The section on the Ukrainian crisis; the question q-transition only names Ukraine in passing.',
  },
  {
    kind: 'topic',
    query: 'terrorism',
    expected: 'opening-terrorism',
    topics: ['terrorism'],
    why: 'The fight against terrorism.',
  },
  {
    kind: 'topic',
    query: 'election interference',
    expected: 'a-evidence',
    topics: ['election-interference'],
    why: 'The answer on the interference allegation: “we have not yet seen a single fact”.',
    debatable:
      'a-cyber answers the question that asks about interference, but speaks of cyber-crime cooperation, not of the allegation; a question (q-cyber) should not come first.',
  },
  {
    kind: 'topic',
    query: 'Libya',
    expected: 'a-transition',
    topics: ['middle-east', 'regime-change'],
    why: 'Where Lavrov speaks about Libya at length: Gaddafi, Libya’s statehood, reconciliation.',
    debatable: 'opening-regional names Libya once, among conflicts the two countries could help settle.',
  },
  {
    kind: 'topic',
    query: 'Assad',
    expected: 'a-assad-support',
    topics: ['syria'],
    why: 'The answer on how long Russia will back Assad.',
  },
  {
    kind: 'topic',
    query: 'ISIS',
    expected: 'a-assad-support',
    topics: ['terrorism'],
    why: 'Fighting ISIS is the priority; the coalition spared al-Nusra.',
  },
  {
    kind: 'topic',
    query: 'flight safety',
    expected: 'opening-memorandum',
    topics: ['deconfliction'],
    why: 'The suspended flight-safety memorandum.',
  },
  {
    kind: 'topic',
    query: 'Idlib',
    expected: 'opening-idlib',
    topics: ['chemical-weapons'],
    why: 'The Idlib incident and the call for an investigation.',
  },
  {
    kind: 'topic',
    query: 'Khan Shaykhun',
    expected: 'opening-idlib',
    topics: ['chemical-weapons'],
    why: 'The place of the 4 April attack (an alias: the text says Idlib); the passage on the incident.',
  },
  {
    kind: 'topic',
    query: 'Yemen',
    expected: 'opening-regional',
    topics: ['middle-east'],
    why: 'Yemen, Libya and the Palestinian–Israeli settlement.',
  },
  {
    kind: 'topic',
    query: 'special representatives',
    expected: 'opening-irritants',
    topics: ['dialogue-channels'],
    why: 'The agreement to appoint special representatives for the irritants.',
  },
  {
    kind: 'topic',
    query: 'Presidential Commission',
    expected: 'a-commission',
    topics: ['dialogue-channels'],
    why: 'The answer: the Commission was buried by Obama.',
  },
  {
    kind: 'topic',
    query: 'regime change',
    expected: 'a-transition',
    topics: ['regime-change'],
    why: 'The long answer on toppling dictators: Milosevic, Saddam Hussein, Gaddafi, al-Bashir.',
  },
  {
    kind: 'topic',
    query: 'Kosovo',
    expected: 'a-transition',
    topics: ['regime-change'],
    why: 'The NATO war on Yugoslavia in 1999 (an alias: the text does not say Kosovo).',
  },
];

/** Names and phrases: a reader checking a quotation or looking for a person. */
const PHRASE_QUERIES: readonly PhraseQuery[] = [
  {
    kind: 'phrase',
    query: 'Stuxnet',
    expected: 'q-cyber',
    why: 'Only the question names Stuxnet; its answer does not.',
    debatable:
      'Stuxnet is also an alias of the cyber topic, so Lavrov’s answer to this question (a-cyber, main topic cyber) may come first; the question that names it must be near the top.',
  },
  { kind: 'phrase', query: 'Tony Blair', expected: 'a-transition', why: 'Blair “has repented publicly”.' },
  { kind: 'phrase', query: 'Gaddafi', expected: 'a-transition', why: '“Then there was Muammar Gaddafi.”' },
  {
    kind: 'phrase',
    query: 'Qaddafi',
    expected: 'a-transition',
    why: 'The spelling of many English-language newsrooms; the text spells it Gaddafi.',
    debatable: 'A spelling the text does not use: found only if the site adds it as an alias.',
  },
  {
    kind: 'phrase',
    query: 'Kerry',
    expected: 'a-assad-support',
    why: '“Former Secretary of State John Kerry told me the same.”',
  },
  {
    kind: 'phrase',
    query: 'Spicer',
    expected: 'a-assad-support',
    why: 'Lavrov quotes Spicer: you can defeat ISIS with al-Assad still in power.',
    debatable: 'q-rhetoric holds Spicer’s Hitler comparison; both are in the top three either way.',
  },
  {
    kind: 'phrase',
    query: 'Hitler',
    expected: 'q-rhetoric',
    why: 'Only the question mentions Spicer’s Hitler comparison.',
  },
  {
    kind: 'phrase',
    query: 'delayed action mines',
    expected: 'opening-talks',
    why: 'Obama’s legacy as “delayed action mines”.',
  },
  { kind: 'phrase', query: 'White Helmets', expected: 'a-rhetoric', why: '“the notorious White Helmets”.' },
  {
    kind: 'phrase',
    query: 'Carl Vinson',
    expected: 'a-korea',
    why: 'The answer to the Carl Vinson question (which alone names the ship).',
  },
  { kind: 'phrase', query: 'tea leaves', expected: 'a-evidence', why: '“We don’t want to read tea leaves”.' },
  {
    kind: 'phrase',
    query: 'separate the wheat from the chaff',
    expected: 'opening-information',
    why: '“sensible people who are able to separate the wheat from the chaff”.',
  },
  { kind: 'phrase', query: 'Milosevic', expected: 'a-transition', why: 'NATO’s war to remove Milosevic.' },
  { kind: 'phrase', query: 'Saddam Hussein', expected: 'a-transition', why: '“another dictator, Saddam Hussein”.' },
  { kind: 'phrase', query: 'South Sudan', expected: 'a-transition', why: '“They created South Sudan”.' },
  {
    kind: 'phrase',
    query: 'Chinese Embassy',
    expected: 'a-transition',
    why: 'The bombing of the Chinese Embassy in 1999.',
  },
  {
    kind: 'phrase',
    query: 'Helsinki Final Act',
    expected: 'a-transition',
    why: 'The war violated the UN Charter and the Helsinki Final Act.',
  },
  { kind: 'phrase', query: 'dictator', expected: 'a-transition', why: 'The obsession with replacing a dictator.' },
  {
    kind: 'phrase',
    query: 'presumption of innocence',
    expected: 'a-evidence',
    why: '“We must respect the principle of the presumption of innocence.”',
  },
  { kind: 'phrase', query: 'smithereens', expected: 'a-evidence', why: '“bomb Syria to smithereens”.' },
  {
    kind: 'phrase',
    query: 'six-party talks',
    expected: 'a-korea',
    why: '“what we used to describe as the six-party talks”.',
  },
  { kind: 'phrase', query: 'Normandy format', expected: 'opening-ukraine', why: 'The four-party Normandy format.' },
  {
    kind: 'phrase',
    query: 'Moscow format',
    expected: 'opening-afghanistan',
    why: 'The Moscow format meeting on 14 April.',
  },
  {
    kind: 'phrase',
    query: 'St Petersburg metro',
    expected: 'opening-terrorism',
    why: 'Trump’s condolence call after the metro attack.',
  },
  { kind: 'phrase', query: 'Plan B', expected: 'a-assad-support', why: 'al-Nusra spared “so as to enact Plan B”.' },
  {
    kind: 'phrase',
    query: 'Jabhat al-Nusra',
    expected: 'a-assad-support',
    why: '“Jabhat al-Nusra has always been spared.”',
  },
  {
    kind: 'phrase',
    query: 'OPCW',
    expected: 'opening-idlib',
    why: 'The OPCW has all the powers needed to initiate an investigation.',
    debatable: 'a-rhetoric says more about the OPCW’s missions; both belong in the top three.',
  },
  {
    kind: 'phrase',
    query: 'Iranian nuclear programme',
    expected: 'q-cyber',
    why: 'Only the question mentions Stuxnet and Iran.',
  },
  {
    kind: 'phrase',
    query: 'Brussels conference',
    expected: 'a-rhetoric',
    why: 'The attack “chanced” to coincide with the Brussels conference.',
  },
  {
    kind: 'phrase',
    query: 'Astana',
    expected: 'opening-settlement',
    why: 'The Astana venue, with the US as observers.',
  },
  {
    kind: 'phrase',
    query: 'missile strike',
    expected: 'opening-idlib',
    why: '“a US missile strike on a military airfield on April 7”.',
  },
  { kind: 'phrase', query: 'cybercrime', expected: 'a-cyber', why: '“close cooperation in fighting cybercrime”.' },
  {
    kind: 'phrase',
    query: 'Tillerson low point',
    expected: 's-opening',
    why: 'The site’s summary of Tillerson’s opening statement (content/summaries/): relations at a low point, a low level of trust. His words are not in the source, so only the summary holds them.',
  },
  {
    kind: 'phrase',
    query: 'reign of the Assad family',
    expected: 's-transition',
    why: 'The summary of Tillerson’s answer on a transition in Syria quotes “the reign of the Assad family is coming to an end”.',
  },
];

/** The whole query set: topic words first, then names and phrases. */
export const QUERIES: readonly RankingQuery[] = [...TOPIC_QUERIES, ...PHRASE_QUERIES];
