/**
 * Words a resume line may open with, capitalized only because they open it: function words and the
 * verbs and adjectives resume bullets start with. A capitalized opener outside this list (and not
 * found in the resume in lower case) is read as a name, so "Google engineers…" is checked as the
 * employer it is.
 */
const FUNCTION_WORDS = `a an the and or but so as at by for from in into of on onto over under with within without
to up upon about across after against along among around before behind below beside between beyond during
each every all both either neither many more most much several some any no not this that these those
my our your their his her its i we you they he she it there here then also now when while where which who
one two three four five six seven eight nine ten twice once first second third new own other such than`;

const OPENERS = `accelerated accomplished achieved acted adapted addressed administered advised advocated aligned
analyzed analysed answered applied appointed arranged assembled assessed assigned assisted audited automated
balanced baked boosted briefed budgeted built calculated cared caught chaired championed changed checked
cleaned coached collaborated collected combined communicated compiled completed composed computed conducted
configured consolidated constructed consulted contributed controlled converted cooked coordinated counseled
created cultivated cut dealt debugged decreased defined delegated delivered demonstrated deployed designed
detected determined developed devised diagnosed directed discovered documented doubled drafted drove earned
edited educated eliminated enabled encouraged engineered enhanced ensured established estimated evaluated
examined executed expanded expedited facilitated filed finalized fixed focused forecast formed fostered
founded gathered generated grew guided halved handled headed helped hired identified implemented improved
increased influenced informed initiated inspected installed instituted instructed integrated interpreted
interviewed introduced invented investigated kept launched led lifted lowered maintained managed mapped
marketed measured mediated mentored merged migrated minimized modeled modelled modernized monitored motivated
negotiated nursed observed obtained opened operated optimized orchestrated ordered organized organised
oversaw owned participated partnered performed piloted pioneered planned plated prepared presented prevented
prioritized processed produced programmed promoted proposed protected provided published purchased raised
ran ranked reached rebuilt received recommended reconciled recorded recruited redesigned reduced refined
reorganized repaired replaced reported represented researched resolved responded restored restructured
revamped reviewed revised saved scheduled secured selected served set shaped shipped simplified sold solved
sourced spearheaded specified staffed standardized started steered streamlined strengthened structured
succeeded supervised supplied supported surpassed surveyed sustained taught tested tracked trained
transformed translated treated tripled troubleshot tutored unified updated upgraded used utilized validated
verified volunteered won worked wrote
lead leads leading manage manages managing run runs running build builds building deliver delivers plan plans
train trains oversee oversees supervise supervises coordinate coordinates prepare prepares cook cooks
care cares serve serves write writes keep keeps support supports develop develops design designs
experienced seasoned skilled proven dedicated accomplished results-driven detail-oriented motivated certified
licensed bilingual hands-on highly strong solid deep broad extensive professional senior junior lead
responsible duties tasked helping assisting worked working experience expertise background skills summary
track record proficient familiar knowledge ability able adept`;

export const COMMON_OPENERS: ReadonlySet<string> = new Set(`${FUNCTION_WORDS} ${OPENERS}`.split(/\s+/).filter(Boolean));
