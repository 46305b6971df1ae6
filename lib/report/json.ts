import type { Finding } from '../finding';

/** The CLI's JSON shape for one finding (DESIGN §5), also used by the sidebar's export. */
export function findingToJson(f: Finding) {
  return {
    text: f.text,
    start: f.start,
    end: f.end,
    value: f.value,
    qualifier: f.qualifier,
    category: f.category,
    verdict: f.verdict,
    measure: f.measure?.id ?? null,
    measureName: f.measure?.name ?? null,
    attribution: f.attribution ?? null,
    sources: f.sources.map((s) => ({
      publication: s.publication.title,
      publicationId: s.publication.id,
      date: s.report.asOf ?? s.publication.date ?? null,
      attributedTo: s.report.attributedTo,
      value: s.report.value,
      qualifier: s.report.qualifier,
      quote: s.report.quote,
      stance: s.stance,
      relation: s.relation ?? null,
    })),
  };
}
