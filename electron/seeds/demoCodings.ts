/**
 * Two coders' illustrative codings of the five seed articles, for the demo project.
 * They agree on most passages and disagree where real coders do: a neighbouring frame
 * (External regulation vs Security, Policy vs Political), span boundaries with or without
 * the attribution clause, a stance one coder missed, the stance-holder (Putin vs the
 * Kremlin that relays him), a polarity, one article's primary frame, and one piece of
 * boilerplate coded by mistake. Quotes are copied character for character from the seed
 * texts; the project builder turns them into code point offsets.
 */

export type DemoDocument = '000' | '001' | '002' | '003' | '004'

export interface DemoCoding {
  /** Seed file prefix. */
  document: DemoDocument
  /** A code id from demoCodebook. */
  code: string
  /** Exact text of the span, as in the article; absent for document-level codes. */
  quote?: string
  /** Which occurrence of `quote` is meant if it occurs more than once (0-based, default 0). */
  occurrence?: number
  attributes?: Record<string, string | number | null>
  memo?: string
}

type Coding = Omit<DemoCoding, 'document'>
/** One line of a document's coding plan: what each coder did with a passage (absent: not coded). */
type Entry = { a?: Coding; b?: Coding }

const both = (c: Coding): Entry => ({ a: c, b: c })
const split = (a: Coding, b: Coding): Entry => ({ a, b })
const onlyA = (a: Coding): Entry => ({ a })
const onlyB = (b: Coding): Entry => ({ b })

const frame = (slug: string, quote: string, memo?: string): Coding => ({ code: `frame-${slug}`, quote, ...(memo ? { memo } : {}) })
const actor = (id: string, quote: string, memo?: string): Coding => ({ code: `actor-${id}`, quote, ...(memo ? { memo } : {}) })
const stance = (actorId: string, target: string, polarity: -1 | 0 | 1, quote: string, memo?: string): Coding => ({
  code: 'stance',
  quote,
  attributes: { actor: `actor-${actorId}`, target, polarity },
  ...(memo ? { memo } : {}),
})
const primaryFrame = (slug: string, memo?: string): Coding => ({
  code: 'doc-primary-frame',
  attributes: { frame: `frame-${slug}` },
  ...(memo ? { memo } : {}),
})
const tone = (value: -1 | 0 | 1, memo?: string): Coding => ({ code: 'doc-tone', attributes: { tone: value }, ...(memo ? { memo } : {}) })
const relevance = (value: 'central' | 'peripheral' | 'not-relevant'): Coding => ({ code: 'doc-relevance', attributes: { relevance: value } })
const derived = (kind: 'machine-translation' | 'rewrite' | 'syndicated-copy', source: string, memo?: string): Coding => ({
  code: 'doc-derived-version',
  attributes: { kind, source },
  ...(memo ? { memo } : {}),
})

// ── 000 · Financial Times ────────────────────────────────────────────────────────────
const plan000: Entry[] = [
  // Coder B's slip: the newsletter promo is boilerplate, not article text.
  onlyB(frame('political', 'Your guide to what the 2024 US election means for Washington and the world')),
  both(frame('policy', 'President Donald Trump says Washington and Moscow will begin negotiations “immediately” on ending the war in Ukraine after speaking with his Russian counterpart Vladimir Putin.')),
  split(
    actor('trump', 'President Donald Trump says Washington and Moscow will begin negotiations “immediately” on ending the war in Ukraine after speaking with his Russian counterpart Vladimir Putin.'),
    actor('trump', 'President Donald Trump says Washington and Moscow will begin negotiations “immediately” on ending the war in Ukraine'),
  ),
  split(
    stance('trump', 'us-russia-talks', 1, 'Washington and Moscow will begin negotiations “immediately”'),
    stance('trump', 'negotiated-peace', 1, 'Washington and Moscow will begin negotiations “immediately” on ending the war in Ukraine'),
  ),
  both(frame('external', 'Wednesday’s call indicated a dramatic turnaround in the US-Russia relationship amid signs Washington would dial back its support for Ukraine after almost three years of war.')),
  split(
    frame('external', 'Trump wrote on his Truth Social platform that he and Putin had “agreed to work together, very closely”, expressing confidence talks would be “successful” and vowing “no more lives should be lost!” He said the two leaders also agreed to visit each other’s nations.'),
    frame('external', 'Trump wrote on his Truth Social platform that he and Putin had “agreed to work together, very closely”, expressing confidence talks would be “successful”'),
  ),
  onlyB(frame('morality', 'vowing “no more lives should be lost!”', 'A humanitarian appeal, so Morality rather than Health and safety? Double-coded with External.')),
  split(
    actor('trump', 'Trump wrote on his Truth Social platform that he and Putin had “agreed to work together, very closely”, expressing confidence talks would be “successful” and vowing “no more lives should be lost!” He said the two leaders also agreed to visit each other’s nations.'),
    actor('trump', 'Trump wrote on his Truth Social platform that he and Putin had “agreed to work together, very closely”, expressing confidence talks would be “successful” and vowing “no more lives should be lost!”'),
  ),
  both(stance('trump', 'us-russia-talks', 1, '“agreed to work together, very closely”')),
  both(frame('policy', 'The president told reporters in the Oval Office on Wednesday that he and Putin would meet in Saudi Arabia. The talks will be hosted by Crown Prince Mohammed bin Salman.')),
  both(frame('external', 'The call, which the Kremlin said lasted nearly 90 minutes, was the first time Washington and Moscow had spoken at the highest level since Russia’s full-scale invasion of Ukraine in 2022.')),
  both(frame('economic', 'Global oil prices fell, with Brent crude down 2.3 per cent at $75.25 a barrel. The US is among western countries that have imposed sanctions on Russia’s energy sector since the invasion.')),
  onlyB(frame('external', 'The US is among western countries that have imposed sanctions on Russia’s energy sector since the invasion.', 'Sanctions as a lever between states: External regulation, on top of Economic.')),
  split(
    frame('external', 'Trump spoke to Putin before calling Volodymyr Zelenskyy, Ukraine’s president, in a sign that the US may not want to work with Kyiv or the EU on a common strategy to bring Russia to the negotiating table.'),
    frame('policy', 'Trump spoke to Putin before calling Volodymyr Zelenskyy, Ukraine’s president, in a sign that the US may not want to work with Kyiv or the EU on a common strategy to bring Russia to the negotiating table.'),
  ),
  onlyB(
    stance('us-administration', 'ukraine-at-table', -1, 'the US may not want to work with Kyiv or the EU on a common strategy', 'The journalist infers this from the order of the calls; nobody says it. Keep as a stance?'),
  ),
  both(frame('security', 'The US also poured cold water on Ukraine’s hopes of securing a pledge to join Nato and restoring its borders to the period before Russia annexed Crimea in 2014.')),
  both(actor('us-administration', 'The US also poured cold water on Ukraine’s hopes of securing a pledge to join Nato and restoring its borders to the period before Russia annexed Crimea in 2014.')),
  both(stance('us-administration', 'nato-membership', -1, 'poured cold water on Ukraine’s hopes of securing a pledge to join Nato')),
  onlyA(stance('us-administration', 'territory', -1, 'restoring its borders to the period before Russia annexed Crimea in 2014')),
  onlyA(frame('external', 'An in-person meeting would mark the first US-Russia summit since Joe Biden, Trump’s predecessor, met Putin in Geneva in 2021.')),
  split(
    frame('policy', 'Trump said he would deal with Putin largely over the phone but that they would also meet three times in person.'),
    frame('external', 'Trump said he would deal with Putin largely over the phone but that they would also meet three times in person.'),
  ),
  both(actor('trump', 'Trump said he would deal with Putin largely over the phone but that they would also meet three times in person.')),
  both(actor('trump', '“We expect that he’ll come here, and I’ll go there” but “the first time we’ll meet in Saudi Arabia, see if we get something done”, adding that “we know the crown prince and I think it’d be a very good place to be”.')),
  both(frame('policy', '“We expect that he’ll come here, and I’ll go there” but “the first time we’ll meet in Saudi Arabia, see if we get something done”')),
  onlyA(stance('trump', 'us-russia-talks', 1, '“We expect that he’ll come here, and I’ll go there”')),
  both(frame('security', 'Russia has staked out a hardline position ahead of any talks, demanding Nato roll back most of its post-cold war deployments in eastern Europe and insisting Ukraine recognise its annexation of four south-eastern regions, none of which it fully controls.')),
  both(actor('russian-government', 'Russia has staked out a hardline position ahead of any talks, demanding Nato roll back most of its post-cold war deployments in eastern Europe and insisting Ukraine recognise its annexation of four south-eastern regions, none of which it fully controls.')),
  both(stance('russian-government', 'territory', -1, 'insisting Ukraine recognise its annexation of four south-eastern regions')),
  both(frame('external', 'The Kremlin’s readout of the call was more restrained than Trump’s and did not suggest Russia was prepared to soften its stance.')),
  split(
    frame('external', 'Dmitry Peskov, Putin’s spokesman, said the Russian president agreed with Trump that “the time has come for our countries to work together” and that a “long-term solution can be achieved through peace negotiations”, but warned it was “essential to settle the reasons for the conflict”.'),
    frame('policy', 'Dmitry Peskov, Putin’s spokesman, said the Russian president agreed with Trump that “the time has come for our countries to work together” and that a “long-term solution can be achieved through peace negotiations”, but warned it was “essential to settle the reasons for the conflict”.'),
  ),
  both(actor('peskov', 'Dmitry Peskov, Putin’s spokesman, said the Russian president agreed with Trump that “the time has come for our countries to work together” and that a “long-term solution can be achieved through peace negotiations”, but warned it was “essential to settle the reasons for the conflict”.')),
  both(stance('putin', 'us-russia-talks', 1, '“the time has come for our countries to work together”')),
  both(stance('putin', 'negotiated-peace', 1, '“long-term solution can be achieved through peace negotiations”')),
  split(
    stance('putin', 'root-causes', 1, '“essential to settle the reasons for the conflict”', 'Peskov relays Putin’s position, so the actor is Putin.'),
    stance('peskov', 'root-causes', 1, 'but warned it was “essential to settle the reasons for the conflict”'),
  ),
  both(frame('external', 'He said Putin had invited Trump to Moscow and was prepared to meet US officials to discuss “issues of mutual interest”.')),
  onlyB(frame('economic', 'The two leaders also discussed bilateral economic co-operation and the Iranian nuclear programme, Peskov told reporters.')),
  onlyA(actor('peskov', 'He said Putin had invited Trump to Moscow and was prepared to meet US officials to discuss “issues of mutual interest”. The two leaders also discussed bilateral economic co-operation and the Iranian nuclear programme, Peskov told reporters.')),
  split(
    frame('political', 'Trump said he had directed secretary of state Marco Rubio, CIA director John Ratcliffe, national security adviser Mike Waltz and special envoy Steve Witkoff to head the US negotiating team. Trump’s list did not include his Ukraine envoy, Keith Kellogg.', 'Who is on the team and who is left out reads as personnel politics.'),
    frame('policy', 'Trump said he had directed secretary of state Marco Rubio, CIA director John Ratcliffe, national security adviser Mike Waltz and special envoy Steve Witkoff to head the US negotiating team. Trump’s list did not include his Ukraine envoy, Keith Kellogg.'),
  ),
  both(actor('trump', 'Trump said he had directed secretary of state Marco Rubio, CIA director John Ratcliffe, national security adviser Mike Waltz and special envoy Steve Witkoff to head the US negotiating team.')),
  both(frame('policy', 'Zelenskyy said after his call with Trump that the two had a “long conversation about the possibilities of achieving peace”.')),
  both(actor('zelensky', 'Zelenskyy said after his call with Trump that the two had a “long conversation about the possibilities of achieving peace”.')),
  both(stance('zelensky', 'negotiated-peace', 1, '“long conversation about the possibilities of achieving peace”')),
  both(actor('zelensky', 'The Ukrainian leader said Trump had informed him “of the details of his conversation with Putin”. He said they also discussed “technological capabilities, including drones and other modern production”.')),
  split(
    frame('security', 'He said they also discussed “technological capabilities, including drones and other modern production”.'),
    frame('capacity', 'He said they also discussed “technological capabilities, including drones and other modern production”.', 'Production capacity, not a threat: Capacity and resources.'),
  ),
  both(frame('security', 'A senior Ukrainian official said Zelenskyy also told Trump about the situation on the battlefield and the deployment of North Korean troops to fight alongside Russian forces in the Kursk region.')),
  both(actor('ukraine-government', 'A senior Ukrainian official said Zelenskyy also told Trump about the situation on the battlefield and the deployment of North Korean troops to fight alongside Russian forces in the Kursk region.')),
  onlyA(actor('trump', 'Trump later wrote on Truth Social that the call with Zelenskyy “went very well”.')),
  both(frame('external', 'But the announcement from Trump confirms fears in Kyiv and Europe that the US would not involve the EU or European capitals in the negotiations over Ukraine’s future and has shifted to a more conciliatory position towards Moscow.')),
  both(frame('security', 'Earlier on Wednesday, US defence secretary Pete Hegseth said a durable peace for Ukraine “must include robust security guarantees” to ensure war would not break out again. He added that Washington did “not believe that Nato membership for Ukraine is a realistic outcome”.')),
  split(
    actor('hegseth', 'Earlier on Wednesday, US defence secretary Pete Hegseth said a durable peace for Ukraine “must include robust security guarantees” to ensure war would not break out again. He added that Washington did “not believe that Nato membership for Ukraine is a realistic outcome”.'),
    actor('hegseth', 'US defence secretary Pete Hegseth said a durable peace for Ukraine “must include robust security guarantees” to ensure war would not break out again. He added that Washington did “not believe that Nato membership for Ukraine is a realistic outcome”.'),
  ),
  both(stance('hegseth', 'security-guarantees', 1, 'a durable peace for Ukraine “must include robust security guarantees”')),
  split(
    stance('hegseth', 'nato-membership', -1, 'Washington did “not believe that Nato membership for Ukraine is a realistic outcome”'),
    stance('hegseth', 'nato-membership', -1, 'He added that Washington did “not believe that Nato membership for Ukraine is a realistic outcome”'),
  ),
  both(frame('security', 'Hegseth told his Nato allies that Washington believed “capable European and non-European troops” should be deployed in post-conflict Ukraine to ensure peace, but not US ones, and that any Nato soldiers there would not be covered by the alliance’s mutual defence clause.')),
  onlyA(actor('hegseth', 'Hegseth told his Nato allies that Washington believed “capable European and non-European troops” should be deployed in post-conflict Ukraine to ensure peace, but not US ones, and that any Nato soldiers there would not be covered by the alliance’s mutual defence clause.')),
  split(
    stance('hegseth', 'security-guarantees', 1, '“capable European and non-European troops” should be deployed in post-conflict Ukraine to ensure peace'),
    stance(
      'hegseth',
      'security-guarantees',
      0,
      '“capable European and non-European troops” should be deployed in post-conflict Ukraine to ensure peace, but not US ones, and that any Nato soldiers there would not be covered by the alliance’s mutual defence clause',
      'Troops yes, but without US forces and without Article 5 cover: ambivalent on guarantees.',
    ),
  ),
  both(stance('hegseth', 'us-troops', -1, 'but not US ones')),
  both(primaryFrame('external')),
  both(tone(0)),
  both(relevance('central')),
]

// ── 001 · machine-translated variant of 000 ──────────────────────────────────────────
const plan001: Entry[] = [
  onlyA(frame('policy', 'Donald Trump said we and Russia began negotiating the Ukrainian war.')),
  both(frame('policy', 'President Donald Trump said Washington and Moscow will end negotiations on the Ukrainian war after talking to Russian counterpart Vladimir Putin.')),
  both(actor('trump', 'President Donald Trump said Washington and Moscow will end negotiations on the Ukrainian war after talking to Russian counterpart Vladimir Putin.')),
  split(
    stance('trump', 'us-russia-talks', 1, 'Washington and Moscow will end negotiations on the Ukrainian war'),
    stance('trump', 'us-russia-talks', 1, 'Washington and Moscow will end negotiations on the Ukrainian war', 'Translation drift: “end negotiations” — 000 has “begin negotiations immediately”. Coded in the original sense.'),
  ),
  both(frame('external', 'Wednesday’s call showed that Washington would withdraw support for Ukraine after nearly three years of war, a huge shift in U.S.-Russia relations.')),
  both(frame('external', 'Trump wrote on his Truth Social Platform that he and Putin “agree to work together, very close” that the negotiations to express confidence would be “successful” and vowed “no more life loss!”.')),
  split(
    actor('trump', 'Trump wrote on his Truth Social Platform that he and Putin “agree to work together, very close” that the negotiations to express confidence would be “successful” and vowed “no more life loss!”. He said the two leaders also agreed to visit each other’s countries.'),
    actor('trump', 'Trump wrote on his Truth Social Platform that he and Putin “agree to work together, very close” that the negotiations to express confidence would be “successful” and vowed “no more life loss!”.'),
  ),
  both(stance('trump', 'us-russia-talks', 1, '“agree to work together, very close”')),
  both(frame('policy', 'The president told reporters in the Oval Office on Wednesday that he and Putin would meet in Saudi Arabia. The talks will be chaired by Crown Prince Mohammed bin Salman.')),
  onlyA(frame('external', 'The call the Kremlin said lasted nearly 90 minutes, and was the first speech made by Washington and Moscow on the full-scale invasion of Ukraine at the highest level in 2022.')),
  both(frame('economic', 'Global oil prices fell, with Brent crude falling 2.3% to $75.25 a barrel. Since the invasion, the United States has been one of the Western countries that imposes sanctions on Russia’s energy sector.')),
  split(
    frame('external', 'Trump spoke with Putin before Ukrainian President Volodymyr Zelenskyy called, suggesting that the United States may not want to work with Kiev or the EU to adopt a common strategy to bring Russia to the negotiating table.'),
    frame('policy', 'Trump spoke with Putin before Ukrainian President Volodymyr Zelenskyy called, suggesting that the United States may not want to work with Kiev or the EU to adopt a common strategy to bring Russia to the negotiating table.'),
  ),
  both(frame('security', 'The United States also joined NATO’s guarantees with Ukraine’s hopes and restored its borders to a period before Russia’s annexation of Crimea in 2014.')),
  split(
    stance(
      'us-administration',
      'nato-membership',
      1,
      'The United States also joined NATO’s guarantees with Ukraine’s hopes',
      'Coded as the text reads: the US “joined” Ukraine’s NATO hopes. The FT original (000) says the opposite — the translation inverted it.',
    ),
    stance(
      'us-administration',
      'nato-membership',
      -1,
      'The United States also joined NATO’s guarantees with Ukraine’s hopes',
      'Garbled by the translation; coded in the sense of the original (000: “poured cold water on”).',
    ),
  ),
  onlyA(frame('external', 'A face-to-face meeting will be the first U.S.-Russia summit since Trump’s predecessor Joe Biden met in Geneva in 2021.')),
  split(
    frame('policy', 'Trump said he will deal with Putin mainly by phone, but they will also meet in person three times.'),
    frame('external', 'Trump said he will deal with Putin mainly by phone, but they will also meet in person three times.'),
  ),
  both(actor('trump', 'Trump said he will deal with Putin mainly by phone, but they will also meet in person three times.')),
  both(actor('trump', '“We hope he will come here, I will go there” but “we meet in Saudi Arabia for the first time to see if we did anything”')),
  both(frame('policy', '“We hope he will come here, I will go there” but “we meet in Saudi Arabia for the first time to see if we did anything”')),
  split(
    frame('morality', '“I’m just here trying to get peace,” Trump said in his Oval Office on Wednesday. “I don’t care except that I don’t want to stop being killed by millions of people.”'),
    frame('health', '“I’m just here trying to get peace,” Trump said in his Oval Office on Wednesday. “I don’t care except that I don’t want to stop being killed by millions of people.”', 'Loss of life as the harm to stop: Health and safety, or Morality? Not in 000 at all.'),
  ),
  both(actor('trump', '“I’m just here trying to get peace,” Trump said in his Oval Office on Wednesday. “I don’t care except that I don’t want to stop being killed by millions of people.”')),
  both(stance('trump', 'negotiated-peace', 1, '“I’m just here trying to get peace,”')),
  both(frame('security', 'Russia maintained a tough stance before any negotiations, demanding that NATO deploy most of the post-Cold War in Eastern Europe and insisted that Ukraine recognizes its annexation of four Southeast regions, none of which have been fully controlled.')),
  both(actor('russian-government', 'Russia maintained a tough stance before any negotiations, demanding that NATO deploy most of the post-Cold War in Eastern Europe and insisted that Ukraine recognizes its annexation of four Southeast regions, none of which have been fully controlled.')),
  both(stance('russian-government', 'territory', -1, 'insisted that Ukraine recognizes its annexation of four Southeast regions')),
  both(frame('external', 'The Kremlin’s readings on the phone are more restrictive than those of Trump and does not recommend Russia is ready to soften its stance.')),
  split(
    frame('external', 'Putin spokesman Dmitry Peskov said the Russian president agreed with Trump: “It’s time for our country to work together” and “a long-term solution can be achieved through peaceful negotiations”'),
    frame('policy', 'Putin spokesman Dmitry Peskov said the Russian president agreed with Trump: “It’s time for our country to work together” and “a long-term solution can be achieved through peaceful negotiations”'),
  ),
  both(actor('peskov', 'Putin spokesman Dmitry Peskov said the Russian president agreed with Trump: “It’s time for our country to work together” and “a long-term solution can be achieved through peaceful negotiations”, but Warning, “Resolution is crucial, and this is crucial to solving the problem. Causes of the conflict”.')),
  both(stance('putin', 'us-russia-talks', 1, '“It’s time for our country to work together”')),
  onlyA(stance('putin', 'negotiated-peace', 1, '“a long-term solution can be achieved through peaceful negotiations”')),
  onlyA(stance('putin', 'root-causes', 1, '“Resolution is crucial, and this is crucial to solving the problem. Causes of the conflict”', 'Garbled; 000 has “essential to settle the reasons for the conflict”.')),
  both(frame('external', 'He said Putin had invited Trump to Moscow and was preparing to meet with U.S. officials to discuss “issues of common interest.”')),
  split(
    frame('political', 'Trump said he had directed Secretary of State Marco Rubio, CIA Director John Ratcliffe, National Security Adviser Mike Waltz and Special Envoy Shi Steve Witkoff leads the U.S. negotiating team. Trump’s roster does not include his Ukrainian envoy Keith Kellogg.'),
    frame('policy', 'Trump said he had directed Secretary of State Marco Rubio, CIA Director John Ratcliffe, National Security Adviser Mike Waltz and Special Envoy Shi Steve Witkoff leads the U.S. negotiating team. Trump’s roster does not include his Ukrainian envoy Keith Kellogg.'),
  ),
  onlyB(actor('trump', 'Trump said he had directed Secretary of State Marco Rubio, CIA Director John Ratcliffe, National Security Adviser Mike Waltz and Special Envoy Shi Steve Witkoff leads the U.S. negotiating team.')),
  both(frame('policy', 'Zelenskyy said in a call with Trump that the two had “long conversations about the possibility of achieving peace.”')),
  both(actor('zelensky', 'Zelenskyy said in a call with Trump that the two had “long conversations about the possibility of achieving peace.”')),
  onlyA(stance('zelensky', 'negotiated-peace', 1, '“long conversations about the possibility of achieving peace.”')),
  onlyA(actor('zelensky', 'The Ukrainian leader said Trump had told him “the details of the conversation with Putin”. They also discussed “technical capabilities, including drones and other modern productions,” he said.')),
  split(
    frame('security', 'They also discussed “technical capabilities, including drones and other modern productions,” he said.'),
    frame('capacity', 'They also discussed “technical capabilities, including drones and other modern productions,” he said.'),
  ),
  both(frame('security', 'Senior Ukrainian officials said Zelensky also told Trump about the situation on the battlefield and the deployment of North Korean troops fighting with Russian troops in the Kursk region.')),
  onlyB(actor('ukraine-government', 'Senior Ukrainian officials said Zelensky also told Trump about the situation on the battlefield and the deployment of North Korean troops fighting with Russian troops in the Kursk region.')),
  both(frame('external', 'But Trump’s announcement confirmed concerns in Kiev and Europe that the United States would not involve the EU or European capital in negotiations on future negotiations in Ukraine and has shifted to Moscow’s more reconciliational stance.')),
  both(frame('security', 'Earlier on Wednesday, U.S. Defense Secretary Pete Hegseth said that Ukraine’s lasting peace “must include strong security assurances” to ensure that the war does not break out again. He added that Washington “does not believe in NATO’s Ukrainian members as a realistic result”.')),
  both(actor('hegseth', 'Earlier on Wednesday, U.S. Defense Secretary Pete Hegseth said that Ukraine’s lasting peace “must include strong security assurances” to ensure that the war does not break out again. He added that Washington “does not believe in NATO’s Ukrainian members as a realistic result”.')),
  both(stance('hegseth', 'security-guarantees', 1, 'Ukraine’s lasting peace “must include strong security assurances”')),
  both(stance('hegseth', 'nato-membership', -1, 'Washington “does not believe in NATO’s Ukrainian members as a realistic result”')),
  both(frame('security', 'Hegseth told NATO allies that Washington believes that “capable European and non-European military” should be deployed in post-conflict Ukraine to ensure peace')),
  onlyB(stance('hegseth', 'security-guarantees', 1, '“capable European and non-European military” should be deployed in post-conflict Ukraine to ensure peace')),
  onlyA(stance('hegseth', 'us-troops', -1, 'but not our peace', 'Translation of “but not US ones” (000).')),
  both(primaryFrame('external')),
  both(tone(0)),
  both(relevance('central')),
  split(
    derived('machine-translation', '000 (Financial Times)'),
    derived('machine-translation', '000 (Financial Times)', 'Same order as 000, drifted wording, one extra Trump quote. Keep out of the reliability sample and the frequency counts.'),
  ),
]

// ── 002 · wire-service report ────────────────────────────────────────────────────────
const plan002: Entry[] = [
  split(
    frame('policy', 'US President Donald Trump said on Wednesday he expected to meet Russian President Vladimir Putin in Saudi Arabia for Ukraine peace talks after a surprise phone call between the two leaders.'),
    frame('external', 'US President Donald Trump said on Wednesday he expected to meet Russian President Vladimir Putin in Saudi Arabia for Ukraine peace talks after a surprise phone call between the two leaders.'),
  ),
  both(frame('external', 'In his first confirmed contact since Trump returned to the White House, the US president said he had a “long and very productive” conversation with his Russian counterpart, who ordered the bloody 2022 invasion of Ukraine.')),
  split(
    actor('trump', 'US President Donald Trump said on Wednesday he expected to meet Russian President Vladimir Putin in Saudi Arabia for Ukraine peace talks after a surprise phone call between the two leaders.'),
    actor('trump', 'US President Donald Trump said on Wednesday he expected to meet Russian President Vladimir Putin in Saudi Arabia for Ukraine peace talks after a surprise phone call between the two leaders. In his first confirmed contact since Trump returned to the White House, the US president said he had a “long and very productive” conversation with his Russian counterpart, who ordered the bloody 2022 invasion of Ukraine.'),
  ),
  split(
    stance('trump', 'us-russia-talks', 1, 'he expected to meet Russian President Vladimir Putin in Saudi Arabia for Ukraine peace talks'),
    stance('trump', 'us-russia-talks', 1, 'he had a “long and very productive” conversation with his Russian counterpart'),
  ),
  both(frame('security', 'But the move has raised concerns that Ukraine could be left out of his own future talks after Trump said Kiev’s desire to join NATO was “not practical.” Moscow’s main demand is that Kiev not be included in NATO.')),
  split(
    frame('security', 'Trump, who has been pushing for a swift end to the nearly three-year war, denied that Ukraine had been left out of direct talks between the two nuclear-armed superpowers.'),
    frame('policy', 'Trump, who has been pushing for a swift end to the nearly three-year war, denied that Ukraine had been left out of direct talks between the two nuclear-armed superpowers.'),
  ),
  both(actor('trump', 'Trump said Kiev’s desire to join NATO was “not practical.”')),
  both(stance('trump', 'nato-membership', -1, 'Trump said Kiev’s desire to join NATO was “not practical.”')),
  onlyA(actor('russian-government', 'Moscow’s main demand is that Kiev not be included in NATO.')),
  both(stance('russian-government', 'nato-membership', -1, 'Moscow’s main demand is that Kiev not be included in NATO.')),
  split(
    stance('trump', 'ukraine-at-table', 1, 'denied that Ukraine had been left out of direct talks between the two nuclear-armed superpowers'),
    stance(
      'trump',
      'ukraine-at-table',
      0,
      'denied that Ukraine had been left out of direct talks between the two nuclear-armed superpowers',
      'Denying that Ukraine was left out is not the same as wanting it at the table: 0.',
    ),
  ),
  split(
    actor('trump', '“We expect him to come here and I’ll go there — and we’ll probably meet in Saudi Arabia for the first time,” Trump told reporters in the Oval Office about his plans to meet Putin.'),
    actor('trump', '“We expect him to come here and I’ll go there — and we’ll probably meet in Saudi Arabia for the first time,”'),
  ),
  both(frame('policy', '“We expect him to come here and I’ll go there — and we’ll probably meet in Saudi Arabia for the first time,” Trump told reporters in the Oval Office about his plans to meet Putin. Trump said he expected it to happen in the “not too distant future” and that Saudi Crown Prince Mohammed bin Salman would be involved.')),
  onlyB(frame('external', 'The Saudi crown prince played a key role in the Russia-US prisoner swap this week.')),
  both(frame('external', 'The Kremlin said the phone call lasted about an hour and a half. The two leaders agreed that “the time has come to work together” and that Putin had invited Trump to visit Moscow.')),
  both(actor('russian-government', 'The Kremlin said the phone call lasted about an hour and a half. The two leaders agreed that “the time has come to work together” and that Putin had invited Trump to visit Moscow.')),
  split(
    stance('putin', 'us-russia-talks', 1, '“the time has come to work together”'),
    stance('russian-government', 'us-russia-talks', 1, '“the time has come to work together”', 'The Kremlin’s readout speaks here, not Putin in person.'),
  ),
  split(
    frame('political', 'Before taking office on January 20, Trump had promised to end the war in Ukraine “within 24 hours.”'),
    frame('policy', 'Before taking office on January 20, Trump had promised to end the war in Ukraine “within 24 hours.”'),
  ),
  split(
    frame('external', 'Earlier, Trump surprised the world by announcing the phone call on his Truth social media platform and using unconfirmed numbers on the conflict, saying that he and Putin “both want to stop the millions of deaths in the Russia/Ukraine war.” The US president said they agreed to “work very closely, including visiting each other’s countries,” and to “have their teams begin talks on Ukraine immediately.”'),
    frame('health', 'Earlier, Trump surprised the world by announcing the phone call on his Truth social media platform and using unconfirmed numbers on the conflict, saying that he and Putin “both want to stop the millions of deaths in the Russia/Ukraine war.”'),
  ),
  onlyB(frame('external', 'The US president said they agreed to “work very closely, including visiting each other’s countries,” and to “have their teams begin talks on Ukraine immediately.”')),
  both(actor('trump', 'Earlier, Trump surprised the world by announcing the phone call on his Truth social media platform and using unconfirmed numbers on the conflict, saying that he and Putin “both want to stop the millions of deaths in the Russia/Ukraine war.” The US president said they agreed to “work very closely, including visiting each other’s countries,” and to “have their teams begin talks on Ukraine immediately.”')),
  both(stance('trump', 'us-russia-talks', 1, '“have their teams begin talks on Ukraine immediately.”')),
  split(
    frame('policy', 'Trump later spoke with Ukrainian President Volodymyr Zelensky. Zelensky did not participate in the phone call with Putin. Zelensky later said he had a “meaningful” conversation with Trump. He said Trump “shared the details” of the conversation with Putin during the call.'),
    frame('external', 'Trump later spoke with Ukrainian President Volodymyr Zelensky. Zelensky did not participate in the phone call with Putin. Zelensky later said he had a “meaningful” conversation with Trump. He said Trump “shared the details” of the conversation with Putin during the call.'),
  ),
  both(actor('zelensky', 'Zelensky later said he had a “meaningful” conversation with Trump. He said Trump “shared the details” of the conversation with Putin during the call.')),
  both(frame('policy', 'Trump said after the call, “Zelensky, like President Putin, wants peace.” In televised comments, Andriy Yermak, the head of the presidential office in Kiev, said Zelensky and Trump had agreed to “immediately” begin work by high-level teams from each side to try to reach an agreement.')),
  both(actor('trump', 'Trump said after the call, “Zelensky, like President Putin, wants peace.”')),
  both(actor('yermak', 'In televised comments, Andriy Yermak, the head of the presidential office in Kiev, said Zelensky and Trump had agreed to “immediately” begin work by high-level teams from each side to try to reach an agreement.')),
  both(stance('yermak', 'negotiated-peace', 1, 'Zelensky and Trump had agreed to “immediately” begin work by high-level teams from each side to try to reach an agreement')),
  onlyA(frame('policy', '“The teams will begin their daily work process, and Zelensky and his officials will meet with U.S. officials involved in the Munich Security Conference a day later,” Yermak said.')),
  both(actor('yermak', '“The teams will begin their daily work process, and Zelensky and his officials will meet with U.S. officials involved in the Munich Security Conference a day later,” Yermak said.')),
  onlyB(
    stance(
      'yermak',
      'ukraine-at-table',
      1,
      '“The teams will begin their daily work process, and Zelensky and his officials will meet with U.S. officials involved in the Munich Security Conference a day later,”',
      'Ukraine’s own track with US officials — reads as claiming a seat at the table.',
    ),
  ),
  onlyB(frame('external', 'But Trump’s phone call with Putin has raised concerns that the United States is agreeing to Russia’s terms.')),
  both(frame('security', 'Pentagon chief Pete Hegseth told European counterparts on Wednesday that Ukraine’s dream of returning to its pre-2014 borders is an “illusionary goal” and that Kiev’s desire for NATO membership is “not realistic.”')),
  both(actor('hegseth', 'Pentagon chief Pete Hegseth told European counterparts on Wednesday that Ukraine’s dream of returning to its pre-2014 borders is an “illusionary goal” and that Kiev’s desire for NATO membership is “not realistic.”')),
  both(stance('hegseth', 'territory', -1, 'Ukraine’s dream of returning to its pre-2014 borders is an “illusionary goal”')),
  both(stance('hegseth', 'nato-membership', -1, 'Kiev’s desire for NATO membership is “not realistic.”')),
  split(
    frame('legality', 'Meanwhile, Yermak reiterated Kiev’s stance that Ukraine’s “independence, territorial integrity and sovereignty” are non-negotiable.', 'Territorial integrity and sovereignty as principles of international law.'),
    frame('security', 'Meanwhile, Yermak reiterated Kiev’s stance that Ukraine’s “independence, territorial integrity and sovereignty” are non-negotiable.'),
  ),
  both(actor('yermak', 'Meanwhile, Yermak reiterated Kiev’s stance that Ukraine’s “independence, territorial integrity and sovereignty” are non-negotiable.')),
  both(stance('yermak', 'territory', 1, 'Ukraine’s “independence, territorial integrity and sovereignty” are non-negotiable')),
  both(frame('security', 'The Ukrainian leader has been demanding strong security guarantees from Washington as part of any deal with Russia.')),
  onlyA(actor('zelensky', 'The Ukrainian leader has been demanding strong security guarantees from Washington as part of any deal with Russia.')),
  both(stance('zelensky', 'security-guarantees', 1, 'The Ukrainian leader has been demanding strong security guarantees from Washington')),
  both(frame('economic', 'Meanwhile, Trump has suggested a deal in exchange for continued military aid in exchange for Kiev’s rare earth minerals.')),
  onlyA(stance('trump', 'resources-for-aid', 1, 'Trump has suggested a deal in exchange for continued military aid in exchange for Kiev’s rare earth minerals')),
  onlyA(frame('external', 'Zelensky will meet with US Treasury Secretary Scott Besant in Kiev on Wednesday and meet US Vice President JD Vance and Secretary of State Marco Rubio at the Munich Security Conference on Friday.')),
  both(frame('external', 'Putin agreed with Trump that a long-term solution could be reached through peace talks, but he wanted to address the root causes of the conflict, the Kremlin said in a statement. Russia has blamed Western influence in Kiev for the root cause.')),
  both(actor('russian-government', 'Putin agreed with Trump that a long-term solution could be reached through peace talks, but he wanted to address the root causes of the conflict, the Kremlin said in a statement.')),
  both(stance('putin', 'negotiated-peace', 1, 'Putin agreed with Trump that a long-term solution could be reached through peace talks')),
  split(
    stance('putin', 'root-causes', 1, 'he wanted to address the root causes of the conflict'),
    stance('russian-government', 'root-causes', 1, 'he wanted to address the root causes of the conflict, the Kremlin said in a statement'),
  ),
  split(
    frame('external', 'This week, there were signs of an improvement in relations with a prisoner swap deal. In it, Moscow released American teacher Mark Fogel and Belarus released an American citizen, while Washington released Russian cryptocurrency kingpin Alexander Vinnik.'),
    frame('crime', 'This week, there were signs of an improvement in relations with a prisoner swap deal. In it, Moscow released American teacher Mark Fogel and Belarus released an American citizen, while Washington released Russian cryptocurrency kingpin Alexander Vinnik.', 'Prisoners and their release: Crime and punishment, although the point is the thaw in relations.'),
  ),
  both(frame('political', 'Trump has previously expressed admiration for Putin and praised the Russian president on his Truth social media posts. He thanked Mr. Fogel for his release, saying that “Putin also used my very strong campaign motto, ‘common sense.\'”')),
  onlyB(actor('trump', 'He thanked Mr. Fogel for his release, saying that “Putin also used my very strong campaign motto, ‘common sense.\'”')),
  both(frame('external', 'However, concerns are growing in Kiev and European capitals about the shape of a possible deal.')),
  both(frame('external', 'The foreign ministers of France, Germany and Spain stressed on Wednesday that “no just and lasting peace” can be achieved without the involvement of Kiev and its European partners.')),
  both(actor('european-partners', 'The foreign ministers of France, Germany and Spain stressed on Wednesday that “no just and lasting peace” can be achieved without the involvement of Kiev and its European partners.')),
  both(stance('european-partners', 'ukraine-at-table', 1, '“no just and lasting peace” can be achieved without the involvement of Kiev and its European partners')),
  onlyA(stance('european-partners', 'europe-at-table', 1, '“no just and lasting peace” can be achieved without the involvement of Kiev and its European partners', 'One sentence, two targets: Kyiv and Europe.')),
  split(
    primaryFrame('security', 'NATO, borders and guarantees carry the body of the report.'),
    primaryFrame('external', 'The lead is the call and the summit: relations between states.'),
  ),
  split(tone(0), tone(-1, 'Ends on Kyiv’s and Europe’s concerns.')),
  both(relevance('central')),
]

// ── 003 · rewrite of 002 ─────────────────────────────────────────────────────────────
const plan003: Entry[] = [
  both(frame('external', 'On Wednesday, Donald Trump announced that he expected to meet Russian President Vladimir Putin in Saudi Arabia for peace talks on Ukraine, marking a significant shift in relations following a surprise phone call between the two leaders. This was their first confirmed interaction since Trump returned to the White House.')),
  split(
    actor('trump', 'On Wednesday, Donald Trump announced that he expected to meet Russian President Vladimir Putin in Saudi Arabia for peace talks on Ukraine'),
    actor('trump', 'On Wednesday, Donald Trump announced that he expected to meet Russian President Vladimir Putin in Saudi Arabia for peace talks on Ukraine, marking a significant shift in relations following a surprise phone call between the two leaders.'),
  ),
  both(stance('trump', 'us-russia-talks', 1, 'he expected to meet Russian President Vladimir Putin in Saudi Arabia for peace talks on Ukraine')),
  onlyA(actor('trump', 'The U.S. president described the conversation as “lengthy and highly productive” with Putin, who initiated the deadly invasion of Ukraine in 2022.')),
  both(frame('political', 'The upcoming talks with both Putin and Ukraine’s President Volodymyr Zelensky are part of Trump’s efforts to fulfill his campaign promise of swiftly ending the war, which will soon enter its third year. Trump has made the conflict a top priority for his administration and has appointed experts to help find a U.S.-backed resolution.')),
  both(frame('policy', 'In his call with Putin, the US president said the two men agreed their teams would start negotiations immediately to end Russia’s military intervention in Ukraine.')),
  onlyB(frame('economic', 'Trump said they also discussed the Middle East, energy, artificial intelligence, and the power of the dollar.', 'Energy, AI, the dollar: an economic agenda beside Ukraine.')),
  split(
    actor('trump', 'In his call with Putin, the US president said the two men agreed their teams would start negotiations immediately to end Russia’s military intervention in Ukraine. Trump said they also discussed the Middle East, energy, artificial intelligence, and the power of the dollar.'),
    actor('trump', 'In his call with Putin, the US president said the two men agreed their teams would start negotiations immediately to end Russia’s military intervention in Ukraine.'),
  ),
  split(
    stance('trump', 'negotiated-peace', 1, 'their teams would start negotiations immediately to end Russia’s military intervention in Ukraine'),
    stance('trump', 'us-russia-talks', 1, 'their teams would start negotiations immediately to end Russia’s military intervention in Ukraine'),
  ),
  both(frame('external', 'A Kremlin spokesman, Dmitry Peskov, said the conversation lasted an hour and a half and covered various topics, including Ukraine. Peskov said the call was a positive step and expects more meetings between the two countries’ presidents.')),
  both(actor('peskov', 'A Kremlin spokesman, Dmitry Peskov, said the conversation lasted an hour and a half and covered various topics, including Ukraine. Peskov said the call was a positive step and expects more meetings between the two countries’ presidents.')),
  both(stance('peskov', 'us-russia-talks', 1, 'Peskov said the call was a positive step and expects more meetings between the two countries’ presidents.')),
  both(frame('policy', 'Trump later addressed a meeting of his National Security Council, and he indicated that the peace process in Ukraine would move forward. “We are going to work hard, we’re going to make progress,” he said.')),
  split(
    actor('trump', 'Trump later addressed a meeting of his National Security Council, and he indicated that the peace process in Ukraine would move forward. “We are going to work hard, we’re going to make progress,” he said. He added that any durable peace would require “robust security guarantees” but insisted he was not planning to deploy American troops to Ukraine.'),
    actor('trump', '“We are going to work hard, we’re going to make progress,” he said. He added that any durable peace would require “robust security guarantees” but insisted he was not planning to deploy American troops to Ukraine.'),
  ),
  onlyA(stance('trump', 'negotiated-peace', 1, '“We are going to work hard, we’re going to make progress,”')),
  both(frame('security', 'He added that any durable peace would require “robust security guarantees” but insisted he was not planning to deploy American troops to Ukraine. The NSC meeting came a day after Defense Secretary Pete Hegseth laid out the administration’s vision of European defense, saying that it was “inconceivable” for Ukraine to get back all the territory it has lost to Russian forces.')),
  both(stance('trump', 'security-guarantees', 1, 'any durable peace would require “robust security guarantees”')),
  both(stance('trump', 'us-troops', -1, 'insisted he was not planning to deploy American troops to Ukraine')),
  both(actor('hegseth', 'Defense Secretary Pete Hegseth laid out the administration’s vision of European defense, saying that it was “inconceivable” for Ukraine to get back all the territory it has lost to Russian forces.')),
  both(stance('hegseth', 'territory', -1, 'it was “inconceivable” for Ukraine to get back all the territory it has lost to Russian forces')),
  split(
    frame('security', 'On Wednesday, the Ukrainian ambassador to the United States, Serhiy Lyovochkin, said he doubted Ukraine would ever receive all of its territory back from Russia. He hoped the peace talks would result in a “substantial and lasting de-escalation of the crisis.”'),
    frame('policy', 'On Wednesday, the Ukrainian ambassador to the United States, Serhiy Lyovochkin, said he doubted Ukraine would ever receive all of its territory back from Russia. He hoped the peace talks would result in a “substantial and lasting de-escalation of the crisis.”'),
  ),
  both(actor('ukraine-government', 'On Wednesday, the Ukrainian ambassador to the United States, Serhiy Lyovochkin, said he doubted Ukraine would ever receive all of its territory back from Russia. He hoped the peace talks would result in a “substantial and lasting de-escalation of the crisis.”')),
  both(stance('ukraine-government', 'territory', 0, 'he doubted Ukraine would ever receive all of its territory back from Russia')),
  both(stance('ukraine-government', 'negotiated-peace', 1, 'He hoped the peace talks would result in a “substantial and lasting de-escalation of the crisis.”')),
  onlyA(frame('policy', 'A day before the phone call with Putin, Zelensky announced that he and his team had been appointed to lead the talks.')),
  both(actor('zelensky', 'A day before the phone call with Putin, Zelensky announced that he and his team had been appointed to lead the talks. He told reporters that he thought it was unlikely that Ukraine would receive all of its lands back from Russia but that “some of it will come back.”')),
  onlyB(stance('zelensky', 'ukraine-at-table', 1, 'Zelensky announced that he and his team had been appointed to lead the talks')),
  both(frame('security', 'He told reporters that he thought it was unlikely that Ukraine would receive all of its lands back from Russia but that “some of it will come back.”')),
  split(
    stance(
      'zelensky',
      'territory',
      0,
      'he thought it was unlikely that Ukraine would receive all of its lands back from Russia but that “some of it will come back.”',
      'Doubt: not in 002, and at odds with Yermak’s “non-negotiable” there. A rewrite artefact? Coded as written.',
    ),
    stance('zelensky', 'territory', 0, 'he thought it was unlikely that Ukraine would receive all of its lands back from Russia but that “some of it will come back.”'),
  ),
  both(frame('policy', 'A senior US official said that Zelensky’s team had been given the authority to decide where to go for the talks.')),
  onlyA(actor('us-administration', 'A senior US official said that Zelensky’s team had been given the authority to decide where to go for the talks.')),
  onlyB(actor('other', 'The Global Times, a state-owned newspaper in China, cited a source familiar with the discussions as saying that Zelensky was not interested in the entire territory being returned to Ukraine.', 'Chinese state media citing an anonymous source.')),
  both(frame('policy', 'The official noted that the two sides are far apart in their demands and that it could be challenging to find a solution.')),
  both(primaryFrame('policy')),
  split(tone(1), tone(0, 'Upbeat quotes, but it ends on “far apart” and “challenging”.')),
  both(relevance('central')),
  split(
    derived('rewrite', '002 (wire report)', 'Shorter, and has material not in 002 (Lyovochkin, the Global Times). Check where it comes from.'),
    derived('rewrite', '002 (wire report)'),
  ),
]

// ── 004 · The Washington Post ────────────────────────────────────────────────────────
const plan004: Entry[] = [
  both(frame('external', 'President Donald Trump spoke by phone on Wednesday to Russian President Vladimir Putin in their first publicized call since Trump returned to the White House, breaking a years-long silence between the Oval Office and the Kremlin as the U.S. leader kicked off a bid to end Russia’s war in Ukraine.')),
  split(
    frame('morality', 'Trump had warm words for the Russian leader — who has ruled Russia for 25 years and has repeatedly invaded neighboring nations and killed, imprisoned or exiled his most formidable opposition —', 'The aside judges Putin’s rule morally against Trump’s “warm words”.'),
    frame('external', 'Trump had warm words for the Russian leader — who has ruled Russia for 25 years and has repeatedly invaded neighboring nations and killed, imprisoned or exiled his most formidable opposition — as he declared that the two men would visit each other’s countries and “agreed to work together, very closely.”'),
  ),
  split(
    actor('trump', 'Trump had warm words for the Russian leader — who has ruled Russia for 25 years and has repeatedly invaded neighboring nations and killed, imprisoned or exiled his most formidable opposition — as he declared that the two men would visit each other’s countries and “agreed to work together, very closely.”'),
    actor('trump', 'as he declared that the two men would visit each other’s countries and “agreed to work together, very closely.”'),
  ),
  both(stance('trump', 'us-russia-talks', 1, '“agreed to work together, very closely.”')),
  both(frame('policy', 'Trump, who also spoke with Ukrainian President Volodymyr Zelensky later in the day, said he and Putin would probably meet without Zelensky in Saudi Arabia “in the not-too-distant future.”')),
  both(actor('trump', 'Trump, who also spoke with Ukrainian President Volodymyr Zelensky later in the day, said he and Putin would probably meet without Zelensky in Saudi Arabia “in the not-too-distant future.”')),
  onlyA(stance('trump', 'ukraine-at-table', -1, 'he and Putin would probably meet without Zelensky in Saudi Arabia')),
  split(
    frame('morality', '“I think President Putin wants peace, and President Zelensky wants peace. And I want peace,” he told reporters in the Oval Office. “I just want to see people stop getting killed. We’re very far away from that particular war, but that’s a vicious war.”'),
    frame('health', '“I think President Putin wants peace, and President Zelensky wants peace. And I want peace,” he told reporters in the Oval Office. “I just want to see people stop getting killed. We’re very far away from that particular war, but that’s a vicious war.”'),
  ),
  both(actor('trump', '“I think President Putin wants peace, and President Zelensky wants peace. And I want peace,” he told reporters in the Oval Office. “I just want to see people stop getting killed. We’re very far away from that particular war, but that’s a vicious war.”')),
  both(stance('trump', 'negotiated-peace', 1, '“I think President Putin wants peace, and President Zelensky wants peace. And I want peace,”')),
  split(
    frame('external', 'The call, which the Kremlin said lasted nearly 90 minutes, illustrated the deepening alliance between Trump and Putin in ways that are likely to unsettle Zelensky.'),
    frame('external', 'The call, which the Kremlin said lasted nearly 90 minutes, illustrated the deepening alliance between Trump and Putin in ways that are likely to unsettle Zelensky. In offering the first outline of his vision for a peace deal, Trump focused heavily on the terms that Russia cares most about, and he appeared to rule out NATO membership for Ukraine while placing the bulk of the burden for defending it on Europe.'),
  ),
  onlyA(frame('security', 'In offering the first outline of his vision for a peace deal, Trump focused heavily on the terms that Russia cares most about, and he appeared to rule out NATO membership for Ukraine while placing the bulk of the burden for defending it on Europe.')),
  both(frame('security', '“I don’t think it’s practical to have it, personally,” Trump said of Ukraine’s efforts to join NATO. “They’ve been saying that for a long time that Ukraine cannot go into NATO, and I’m okay with that. I just want the war [to end] whether they are or they’re not.”')),
  both(actor('trump', '“I don’t think it’s practical to have it, personally,” Trump said of Ukraine’s efforts to join NATO. “They’ve been saying that for a long time that Ukraine cannot go into NATO, and I’m okay with that. I just want the war [to end] whether they are or they’re not.”')),
  split(
    stance('trump', 'nato-membership', -1, '“I don’t think it’s practical to have it, personally,” Trump said of Ukraine’s efforts to join NATO.'),
    stance('trump', 'nato-membership', -1, '“I don’t think it’s practical to have it, personally,”'),
  ),
  split(
    frame('policy', 'Trump’s declarations offered major concessions to Putin even before the negotiation has formally begun. Putin has long sought to block Ukraine from NATO, and even if Trump had no intention of allowing Kyiv into the alliance, he could have preserved the possibility as a bargaining chip.', 'The journalist evaluates the negotiating tactic.'),
    frame('political', 'Trump’s declarations offered major concessions to Putin even before the negotiation has formally begun. Putin has long sought to block Ukraine from NATO, and even if Trump had no intention of allowing Kyiv into the alliance, he could have preserved the possibility as a bargaining chip.'),
  ),
  onlyA(stance('putin', 'nato-membership', -1, 'Putin has long sought to block Ukraine from NATO')),
  both(stance('putin', 'ukraine-at-table', -1, 'Putin also has wanted to negotiate about Ukraine’s future directly with a U.S. leader over Kyiv’s head')),
  both(frame('security', 'Trump also said that he agreed with comments made earlier in the day by Defense Secretary Pete Hegseth, who told NATO allies that Ukraine’s stated goal of reclaiming its full internationally recognized territory was “unrealistic.”')),
  onlyA(actor('trump', 'Trump also said that he agreed with comments made earlier in the day by Defense Secretary Pete Hegseth')),
  both(actor('hegseth', 'Defense Secretary Pete Hegseth, who told NATO allies that Ukraine’s stated goal of reclaiming its full internationally recognized territory was “unrealistic.”')),
  both(stance('hegseth', 'territory', -1, 'Ukraine’s stated goal of reclaiming its full internationally recognized territory was “unrealistic.”')),
  onlyA(stance('trump', 'territory', -1, 'Trump also said that he agreed with comments made earlier in the day by Defense Secretary Pete Hegseth')),
  split(
    frame('security', 'Trump has suggested he doesn’t expect Ukraine to reclaim its full territory in the peace deal. But he has said an end to the fighting is more important than Ukraine’s regaining all its land.'),
    frame('policy', 'Trump has suggested he doesn’t expect Ukraine to reclaim its full territory in the peace deal. But he has said an end to the fighting is more important than Ukraine’s regaining all its land.'),
  ),
  onlyB(stance('trump', 'territory', -1, 'he has said an end to the fighting is more important than Ukraine’s regaining all its land')),
  both(frame('policy', 'Trump and his administration have not made clear precisely what they want Russia to do in any peace deal. But they acknowledge that Russia will be able to remain in at least some of the territory it has captured from Ukraine in exchange for halting the war. They say Ukraine will need security guarantees to give it stability and the incentive to set down its arms, and they expect Europe to be responsible for the bulk of those guarantees.')),
  both(stance('us-administration', 'territory', -1, 'they acknowledge that Russia will be able to remain in at least some of the territory it has captured from Ukraine')),
  both(stance('us-administration', 'security-guarantees', 1, 'They say Ukraine will need security guarantees to give it stability and the incentive to set down its arms')),
  onlyA(frame('policy', 'Trump declined several times to say what concessions he expected Russia to make after invading a neighboring country. “I’m not going to tell you my plan. I can just tell you, we’ve made a lot of progress,” he said, saying both sides were eager for the fighting to halt.')),
  both(actor('trump', '“I’m not going to tell you my plan. I can just tell you, we’ve made a lot of progress,” he said, saying both sides were eager for the fighting to halt.')),
  both(frame('policy', '“I think we’ll probably end up at some point getting a ceasefire in the not-too-distant future,” he said.')),
  both(actor('trump', '“I think we’ll probably end up at some point getting a ceasefire in the not-too-distant future,” he said.')),
  both(stance('trump', 'negotiated-peace', 1, '“I think we’ll probably end up at some point getting a ceasefire in the not-too-distant future,”')),
  both(frame('external', 'In the highly charged choreography of diplomacy with an adversarial leader, the Trump-Putin call was likely to upset Kyiv, since President Joe Biden made a mantra of coordinating closely with Ukrainian leaders before any contacts with Russian officials. This time, Trump spoke first to Putin and afterward called Zelensky to loop him in on the conversation.')),
  both(frame('political', 'Asked whether there was a risk of freezing Zelensky out of the conversations involving his own country, Trump responded, “No, I don’t think so.” But in a sign of potential peril for the Ukrainian president that backing from a major ally is softening, Trump then added: “As long as he’s there. But at some point you’re going to have to have elections, too.”')),
  split(
    actor('trump', 'Trump responded, “No, I don’t think so.” But in a sign of potential peril for the Ukrainian president that backing from a major ally is softening, Trump then added: “As long as he’s there. But at some point you’re going to have to have elections, too.”'),
    actor('trump', 'Asked whether there was a risk of freezing Zelensky out of the conversations involving his own country, Trump responded, “No, I don’t think so.” But in a sign of potential peril for the Ukrainian president that backing from a major ally is softening, Trump then added: “As long as he’s there. But at some point you’re going to have to have elections, too.”'),
  ),
  both(stance('trump', 'ukraine-at-table', 1, 'Trump responded, “No, I don’t think so.”')),
  both(stance('trump', 'ukraine-elections', 1, '“As long as he’s there. But at some point you’re going to have to have elections, too.”')),
  both(frame('public-opinion', '“You know, his poll numbers aren’t particularly great, to put it mildly,” Trump added.')),
  both(actor('trump', '“You know, his poll numbers aren’t particularly great, to put it mildly,” Trump added.')),
  split(
    frame('external', 'Putin has long sought to have a direct negotiation with Washington about Ukraine’s future, since he has argued that Ukraine is within Moscow’s sphere of influence and that it has been used as a tool by NATO and the West, something Ukrainian leaders hotly say ignores their nation’s desire to modernize and integrate more fully with Europe.'),
    frame('cultural-identity', 'Putin has long sought to have a direct negotiation with Washington about Ukraine’s future, since he has argued that Ukraine is within Moscow’s sphere of influence and that it has been used as a tool by NATO and the West, something Ukrainian leaders hotly say ignores their nation’s desire to modernize and integrate more fully with Europe.', 'Sphere of influence vs Ukraine’s European identity — Cultural identity over External?'),
  ),
  both(stance('putin', 'us-russia-talks', 1, 'Putin has long sought to have a direct negotiation with Washington about Ukraine’s future')),
  split(
    frame('external', 'The call came a day after Russia freed a U.S. citizen, Marc Fogel, who had been imprisoned for 3½ years, into the custody of Steve Witkoff, a close Trump friend, real estate developer and the U.S. leader’s Middle East envoy.'),
    frame('crime', 'The call came a day after Russia freed a U.S. citizen, Marc Fogel, who had been imprisoned for 3½ years, into the custody of Steve Witkoff, a close Trump friend, real estate developer and the U.S. leader’s Middle East envoy.'),
  ),
  both(frame('political', 'Trump said he had asked Secretary of State Marco Rubio, CIA Director John Ratcliffe, national security adviser Michael Waltz and Witkoff to lead the discussions. Notably absent from the list was the hawkish retired general Keith Kellogg, whom Trump appointed during the transition as his special envoy for Ukraine and Russia and who has been working on a peace plan.')),
  onlyA(actor('trump', 'Trump said he had asked Secretary of State Marco Rubio, CIA Director John Ratcliffe, national security adviser Michael Waltz and Witkoff to lead the discussions.')),
  both(frame('political', '“As for General Keith Kellogg, he remains a critical part of this team in this effort,” White House press secretary Karoline Leavitt said. “He’s played a tremendous role in getting the negotiations to this point, and he’s very much still part of the Trump administration.”')),
  both(actor('leavitt', '“As for General Keith Kellogg, he remains a critical part of this team in this effort,” White House press secretary Karoline Leavitt said. “He’s played a tremendous role in getting the negotiations to this point, and he’s very much still part of the Trump administration.”')),
  split(
    frame('external', 'Kremlin spokesman Dmitry Peskov told reporters that Putin “mentioned the need to eliminate the root cause of the conflict and agreed with Trump that a long-term settlement can be achieved through peaceful negotiations. The Russian president also supported one of the main theses of the American head of state, that the time has come for our countries to work together.”'),
    frame('policy', 'Kremlin spokesman Dmitry Peskov told reporters that Putin “mentioned the need to eliminate the root cause of the conflict and agreed with Trump that a long-term settlement can be achieved through peaceful negotiations. The Russian president also supported one of the main theses of the American head of state, that the time has come for our countries to work together.”'),
  ),
  both(actor('peskov', 'Kremlin spokesman Dmitry Peskov told reporters that Putin “mentioned the need to eliminate the root cause of the conflict and agreed with Trump that a long-term settlement can be achieved through peaceful negotiations. The Russian president also supported one of the main theses of the American head of state, that the time has come for our countries to work together.”')),
  both(stance('putin', 'root-causes', 1, '“mentioned the need to eliminate the root cause of the conflict')),
  both(stance('putin', 'negotiated-peace', 1, 'agreed with Trump that a long-term settlement can be achieved through peaceful negotiations')),
  split(
    stance('putin', 'us-russia-talks', 1, 'the time has come for our countries to work together.”'),
    stance('peskov', 'us-russia-talks', 1, 'the time has come for our countries to work together.”'),
  ),
  split(
    frame('policy', 'Zelensky posted a statement on his Telegram account confirming the conversation with Trump, which he said focused on achieving peace, technological capabilities including drone use, and the two nations’ ability to work together.'),
    frame('external', 'Zelensky posted a statement on his Telegram account confirming the conversation with Trump, which he said focused on achieving peace, technological capabilities including drone use, and the two nations’ ability to work together.'),
  ),
  both(actor('zelensky', 'Zelensky posted a statement on his Telegram account confirming the conversation with Trump, which he said focused on achieving peace, technological capabilities including drone use, and the two nations’ ability to work together.')),
  both(actor('zelensky', '“President Trump informed me of the details of his conversation with Putin,” Zelensky wrote, adding that he was “grateful” for the call. “Ukraine wants peace more than anyone. We are defining our joint steps with America to stop Russian aggression and guarantee a reliable, lasting peace. As President Trump said, let’s get it done.”')),
  split(
    frame('security', '“Ukraine wants peace more than anyone. We are defining our joint steps with America to stop Russian aggression and guarantee a reliable, lasting peace. As President Trump said, let’s get it done.”'),
    frame('policy', '“Ukraine wants peace more than anyone. We are defining our joint steps with America to stop Russian aggression and guarantee a reliable, lasting peace. As President Trump said, let’s get it done.”'),
  ),
  both(stance('zelensky', 'negotiated-peace', 1, '“Ukraine wants peace more than anyone.')),
  both(frame('economic', 'But further pressuring Zelensky, Trump noted later in the day that Treasury Secretary Scott Bessent was en route to Kyiv to try to secure sources of repayment of money the United States has provided in Ukraine’s war effort.')),
  split(
    frame('economic', '“He’s going there to get a document done where we’re going to be assured that we’re going to, in some form, get this money back,” he said. “Because we’re putting up far more money than Europe, and Europe is in far more danger than we are.”'),
    frame('economic', '“He’s going there to get a document done where we’re going to be assured that we’re going to, in some form, get this money back,” he said.'),
  ),
  onlyB(frame('fairness', '“Because we’re putting up far more money than Europe, and Europe is in far more danger than we are.”', 'Burden-sharing: who pays more than their share.')),
  both(actor('trump', '“He’s going there to get a document done where we’re going to be assured that we’re going to, in some form, get this money back,” he said. “Because we’re putting up far more money than Europe, and Europe is in far more danger than we are.”')),
  both(stance('trump', 'resources-for-aid', 1, '“He’s going there to get a document done where we’re going to be assured that we’re going to, in some form, get this money back,”')),
  both(frame('economic', 'He said they will ask for natural resources such as rare earth metals, oil and gas to secure against the hundreds of billions in funding.')),
  onlyB(stance('trump', 'resources-for-aid', 1, 'He said they will ask for natural resources such as rare earth metals, oil and gas to secure against the hundreds of billions in funding.')),
  split(
    frame('security', 'Trump has demanded that Putin put an end to the war, which started in February 2022, when Russia invaded Ukraine without provocation. But Trump has offered few concrete indications about how he would foster a breakthrough, and some world leaders are worried he could push Kyiv into a deal that would simply give Russia time to rest, rearm and reinvade.'),
    frame('policy', 'Trump has demanded that Putin put an end to the war, which started in February 2022, when Russia invaded Ukraine without provocation. But Trump has offered few concrete indications about how he would foster a breakthrough, and some world leaders are worried he could push Kyiv into a deal that would simply give Russia time to rest, rearm and reinvade.'),
  ),
  both(frame('political', 'In his first term, Trump often had sharper words for Washington’s friends than for its foes, and at a 2018 meeting with Putin, he sided with the Russian leader over U.S. intelligence agencies’ claim that the Kremlin tried to sway the 2016 election. During the 2024 campaign, Trump declared he would end the Ukraine war in less than 24 hours — worrying Kyiv that he would do so on Putin’s terms.')),
  both(frame('external', 'Wednesday’s phone call marks an important breakthrough for Putin, ending nearly three years of near-isolation from Western leaders imposed by the Biden administration.')),
  onlyA(frame('external', 'Trump and Putin also spoke in November, shortly after Trump’s election victory, according to people familiar with the call who at the time spoke on the condition of anonymity to discuss a sensitive matter. During the conversation, Trump warned Putin not to escalate the war in Ukraine. The Kremlin later denied that the call took place.')),
  onlyA(frame('political', 'Since he took office Jan. 20, Trump has repeatedly been evasive about his contacts with Putin when pressed by reporters, refusing to make clear whether he had spoken to Putin since his inauguration. The reasons have been unclear.')),
  both(actor('trump', '“I don’t want to talk about it, if we are talking,” he told reporters on Air Force One on Sunday. “I don’t want to tell you about our conversation. It’s too early. But I do believe we’re making progress.”')),
  both(frame('political', 'Putin recently told a Russian journalist that he was ready to engage, echoing Trump’s false allegations that the 2020 election was rigged and claiming that he might not have invaded Ukraine had Trump still been in the White House then. The comments seemed calculated to flatter Trump’s ego.')),
  both(actor('putin', '“I have always had a businesslike, at the same time pragmatic and trusting relationship with the current U.S. president,” Putin said. “I cannot but agree with him that if he had been president, if he had not had his victory stolen from him in 2020, then maybe there would not have been the crisis in Ukraine that emerged in 2022. We are ready for negotiations on Ukrainian issues.”')),
  split(
    frame('political', '“I have always had a businesslike, at the same time pragmatic and trusting relationship with the current U.S. president,” Putin said. “I cannot but agree with him that if he had been president, if he had not had his victory stolen from him in 2020, then maybe there would not have been the crisis in Ukraine that emerged in 2022.'),
    frame('external', '“I have always had a businesslike, at the same time pragmatic and trusting relationship with the current U.S. president,” Putin said. “I cannot but agree with him that if he had been president, if he had not had his victory stolen from him in 2020, then maybe there would not have been the crisis in Ukraine that emerged in 2022.'),
  ),
  both(stance('putin', 'negotiated-peace', 1, 'We are ready for negotiations on Ukrainian issues.”')),
  both(frame('security', 'In any peace deal, Trump is expected to support an agreement where Russia retains control of some or all of the Ukrainian territory it has captured since 2022. Russia wants to lock Kyiv out of the NATO defense alliance.')),
  onlyA(stance('russian-government', 'nato-membership', -1, 'Russia wants to lock Kyiv out of the NATO defense alliance.')),
  both(frame('policy', 'Zelensky said last month that he would welcome negotiations and a peace deal, so long as Ukraine has a full role in the talks. He said that he had “good meetings” with Trump in recent months and that he supports the effort to reach peace.')),
  both(actor('zelensky', 'Zelensky said last month that he would welcome negotiations and a peace deal, so long as Ukraine has a full role in the talks. He said that he had “good meetings” with Trump in recent months and that he supports the effort to reach peace.')),
  onlyA(stance('zelensky', 'ukraine-at-table', 1, 'so long as Ukraine has a full role in the talks')),
  both(stance('zelensky', 'negotiated-peace', 1, 'he would welcome negotiations and a peace deal')),
  both(frame('policy', '“I’m confident he has great chances,” Zelensky told reporters in Kyiv. “And we believe he can succeed. But this can only happen with Ukraine. Otherwise, it simply won’t work. Because Russia does not want to end the war, and Ukraine does.”')),
  both(actor('zelensky', '“I’m confident he has great chances,” Zelensky told reporters in Kyiv. “And we believe he can succeed. But this can only happen with Ukraine. Otherwise, it simply won’t work. Because Russia does not want to end the war, and Ukraine does.”')),
  both(stance('zelensky', 'ukraine-at-table', 1, 'But this can only happen with Ukraine. Otherwise, it simply won’t work.')),
  both(frame('policy', 'Any deal, according to Lawrence Freedman, emeritus professor of war studies at King’s College London, would be judged on the extent to which it buttresses Ukraine’s independence and sovereignty against potential Russian aggression in the future.')),
  split(
    actor('expert', 'Any deal, according to Lawrence Freedman, emeritus professor of war studies at King’s College London, would be judged on the extent to which it buttresses Ukraine’s independence and sovereignty against potential Russian aggression in the future.'),
    actor('expert', 'according to Lawrence Freedman, emeritus professor of war studies at King’s College London, would be judged on the extent to which it buttresses Ukraine’s independence and sovereignty against potential Russian aggression in the future.'),
  ),
  both(frame('security', '“While this war is about territory and its control, at the heart of the conflict is Russia’s determination to deny Ukraine long-term independence and security,” Freedman wrote in a recent analysis.')),
  both(actor('expert', '“While this war is about territory and its control, at the heart of the conflict is Russia’s determination to deny Ukraine long-term independence and security,” Freedman wrote in a recent analysis. “This sets the standard against which any eventual deal will be judged and the issues that will still have to be addressed if there is no deal.”')),
  onlyA(frame('policy', 'Even if negotiators reach a ceasefire to prevent further bloodshed, a full peace deal would take much longer and might never be reached, given the complexities of the issues, he wrote.')),
  both(frame('security', 'With the phone call between Trump and Putin expected to pave the way for a face-to-face meeting, Russian officials have taken a maximalist approach on Ukraine peace talks, insisting on Putin’s conditions for peace set down in June — including that Ukraine renounce plans to join NATO; recognize Russian sovereignty over five Ukrainian regions, including areas not occupied by Russia; and begin a military withdrawal.')),
  both(actor('russian-government', 'Russian officials have taken a maximalist approach on Ukraine peace talks, insisting on Putin’s conditions for peace set down in June — including that Ukraine renounce plans to join NATO; recognize Russian sovereignty over five Ukrainian regions, including areas not occupied by Russia; and begin a military withdrawal.')),
  both(stance('russian-government', 'nato-membership', -1, 'Ukraine renounce plans to join NATO')),
  both(stance('russian-government', 'territory', -1, 'recognize Russian sovereignty over five Ukrainian regions, including areas not occupied by Russia')),
  onlyB(frame('policy', 'Trump said there were no conditions set for a meeting with Putin.')),
  onlyA(actor('trump', '“We expect that he’ll come here, and I’ll go there, and we’re going to meet also, probably in Saudi Arabia,” he said.')),
  both(actor('trump', 'Asked whether Zelensky would be included in the meeting in Saudi Arabia, he responded, “Probably we’ll have a first meeting, and then we’ll see what we can do about the second.”')),
  onlyA(
    stance('trump', 'ukraine-at-table', 0, '“Probably we’ll have a first meeting, and then we’ll see what we can do about the second.”', 'Not now, maybe later: ambivalent.'),
  ),
  both(primaryFrame('external')),
  both(tone(-1)),
  both(relevance('central')),
]

const plans: Record<DemoDocument, Entry[]> = {
  '000': plan000,
  '001': plan001,
  '002': plan002,
  '003': plan003,
  '004': plan004,
}

function codingsOf(coder: 'a' | 'b'): DemoCoding[] {
  const out: DemoCoding[] = []
  for (const [document, entries] of Object.entries(plans) as [DemoDocument, Entry[]][]) {
    for (const entry of entries) {
      const c = entry[coder]
      if (c) out.push({ document, ...c })
    }
  }
  return out
}

export const demoCoders: { id: string; name: string; codings: DemoCoding[] }[] = [
  { id: 'coder-a', name: 'Demo coder A (illustrative)', codings: codingsOf('a') },
  { id: 'coder-b', name: 'Demo coder B (illustrative)', codings: codingsOf('b') },
]
