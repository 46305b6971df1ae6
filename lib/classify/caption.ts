// A chart's or table's caption names what its numbers count once, in its title ("Chart: North Korean shell
// deliveries to Russia, 2023–2025"); the bars and points it then describes are bare counts ("c. 1 million (Nov
// 2023), ~5 million (Sep 2024)"). Such a count counts what the title names, and is the title's actor's.
import { sentenceAround } from '../extract/sentences';
import { type Token, tokenize } from '../extract/tokenize';
import { findMentions } from './actors';
import { type CountSense, countedKind } from './category';
import { CASUALTY_WORDS, extendsCompound, nounSense } from './nouns';

/**
 * How a caption opens: "Chart:", "Figure 3 |", "Fig. 2.", "Table 1 —", "Graphic:", "Map:", and an image's alt text
 * that describes a chart ("Alt text: Bar chart showing …", "Column chart of …").
 */
const CAPTION_OPENING =
  /^(?:alt(?:ernative)? text:\s*)?(?:(?:bar|line|pie|column|area) )?(?:(?:chart|graph|graphic|infographic|figure|fig\.|table|map)(?:\s+\d+[a-z]?)?\s*[:|.—–-]\s|(?:chart|graph)\s+(?:showing|of)\s)/i;
/** How far into its line a caption's opening may run: "Alternative text: Column chart showing ". */
const MAX_OPENING = 48;

/** A caption longer than this is an article's paragraph that happens to start with "Table:". */
const MAX_CAPTION = 2000;

/** How many lines of data labels a chart's title may stand above, and how long each may be. */
const DATA_LINES = 6;
const MAX_DATA_LINE = 160;

export interface Caption {
  /** What the title says the caption's numbers count. */
  sense: Pick<CountSense, 'category' | 'unit' | 'kind'>;
  /** The actor the title names first: whose the counts are ("North Korean shell deliveries to Russia"). */
  owner?: string;
  /** Where the caption's label ends: "Figure 3" numbers the figure and counts nothing. */
  labelEnd: number;
  /** The title's words, which describe every count of the caption as a figure's own words describe it. */
  words: string[];
}

/** The caption the text at `at` stands in, or null when it stands in none or the caption's title names nothing tracked. */
export function captionAround(text: string, at: number): Caption | null {
  const countLine = text.lastIndexOf('\n', at - 1) + 1;
  if (at - countLine > MAX_CAPTION) return null;
  let lineStart = countLine;
  let opening = CAPTION_OPENING.exec(text.slice(lineStart, lineStart + MAX_OPENING));
  // "Chart: Russian troops fighting in Ukraine" ⏎ "Feb 2022: about 190,000" ⏎ "Jun 2025: 640,000": a chart's data
  // labels, each on a line of its own under the title, with no blank line or long paragraph between.
  for (let lines = 0; !opening && lines < DATA_LINES && lineStart > 0; lines++) {
    const above = text.lastIndexOf('\n', lineStart - 2) + 1;
    if (text.slice(above, lineStart).trim() === '') return null;
    opening = CAPTION_OPENING.exec(text.slice(above, above + MAX_OPENING));
    // (A caption's own title may run long; the data lines under it are short.)
    if (!opening && lineStart - above > MAX_DATA_LINE) return null;
    lineStart = above;
  }
  if (!opening) return null;
  const titleStart = lineStart + opening[0].length;
  const labelEnd = lineStart === countLine ? titleStart : countLine;
  const title = sentenceAround(text, titleStart);
  const tokens = tokenize(text, title.start, title.end);
  const sense = senseNamed(tokens);
  if (!sense) return null;
  const words = tokens.filter((t) => t.kind === 'word').map((t) => t.norm);
  return { sense, owner: titleOwner(tokens), labelEnd, words };
}

/** A title has no verb to tell an owner from a source: the first side it names, not as a recipient, is the owner. */
export function titleOwner(tokens: Token[]): string | undefined {
  return findMentions(tokens).find((m) => m.role !== 'recipient' && m.role !== 'place' && m.entity.actor)?.entity.actor;
}

/**
 * What a title or a column heading says is counted: its first counted noun, the last of a compound ("artillery
 * shells" are shells), and casualties when it names people with a casualty word ("soldiers killed or wounded").
 */
export function senseNamed(tokens: Token[]): Caption['sense'] | null {
  let noun = tokens.findIndex((t) => t.kind === 'word' && (nounSense(t.norm)?.category || nounSense(t.norm)?.casualtyOnly));
  if (noun < 0) return null;
  while (extendsCompound(tokens[noun + 1])) noun++;
  const found = nounSense(tokens[noun].norm)!;
  if (found.category === 'casualties' || (found.unit === 'people' && tokens.some((t) => CASUALTY_WORDS.has(t.norm)))) return { category: 'casualties', unit: 'people' };
  // "the number of construction workers", "military builders' numbers": workers an army sends are its troops.
  if (found.kind === 'workers' && tokens.slice(0, noun).some((t) => t.norm === 'military' || t.norm === 'construction' || t.norm === 'engineering')) {
    return { category: 'troops', unit: 'people', kind: 'builders' };
  }
  return found.category ? { category: found.category, unit: found.unit, kind: countedKind(found) } : null;
}
