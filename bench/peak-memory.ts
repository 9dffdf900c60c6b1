// The peak memory a function needs over the corpus, as the operating system sees it: a child
// process loads the corpus, runs one subject over every article once, and prints its peak
// resident set (KB). bench/run.ts runs it for each subject and for none, and reports the
// difference. Usage: node --import tsx bench/peak-memory.ts "<subject name>" | none
import { readCorpus, SUBJECTS } from "./subjects";

const name = process.argv[2] ?? "none";
const corpus = readCorpus();
if (corpus === null) process.exit(2);
const subject = SUBJECTS.find(([n]) => n === name);
if (name !== "none" && subject === undefined) {
  console.error(`peak-memory: no subject named ${JSON.stringify(name)}; expected one of ${SUBJECTS.map(([n]) => n).join(", ")} or none`);
  process.exit(2);
}
let found = 0;
if (subject) for (let i = 0; i < corpus.texts.length; i++) {
  const out = subject[1](corpus.texts[i]!, corpus.refs[i]);
  if (Array.isArray(out)) found += out.length;
}
console.log(JSON.stringify({ name, maxRssKB: process.resourceUsage().maxRSS, found }));
