// Writes a UHRI-like JSON download for the import scenario (issue 24): `rows` invented records about
// Kazakhstan (a few about other states, skipped by the import), across the UPR and the treaty bodies,
// with recommending states, themes (some outside UHRI's list), affected groups and SDG targets.
// Written a record at a time, so a 300,000-row file never stands in the bench's memory.
import { createWriteStream } from "node:fs";
import { once } from "node:events";

const BODIES = ["UPR", "UPR", "UPR", "UPR", "CAT", "CCPR", "CEDAW", "CRC", "CRPD", "CESCR", "CERD", "CMW"];
const STATES = ["Estonia", "Norway", "Brazil", "Japan", "Mexico", "Chile", "Canada", "Kenya", "India", "Portugal"];
const THEMES = [
  "Torture and other cruel, inhuman or degrading treatment",
  "Administration of justice and fair trial",
  "Women's rights",
  "Freedom of opinion and expression",
  "Right to education",
  "Death penalty",
  "Bench theme outside the list",
];
const GROUPS = ["Journalists", "Children", "Women and girls", "Persons with disabilities", "Bench herders"];
const SDGS = ["16.3", "16.10", "5.2", "10.3", "4.5"];
const VERBS = ["Ensure", "Strengthen", "Adopt", "Consider", "Continue efforts to", "Guarantee"];
const OBJECTS = [
  "that every allegation of torture is promptly investigated",
  "the independence of the judiciary",
  "a comprehensive law on domestic violence",
  "inclusive education for children with disabilities",
  "freedom of peaceful assembly without prior authorisation",
  "that journalists can work without harassment",
];

/** One record; `index` makes its text and paragraph unique, so every row is a new recommendation. */
function record(index: number) {
  const body = BODIES[index % BODIES.length]!;
  const isUpr = body === "UPR";
  const session = 41 + (index % 8);
  const paragraph = `${100 + Math.floor(index / 1_000)}.${(index % 1_000) + 1}`;
  // A treaty body's paragraph and document from the row's place among that body's rows: never twice the same.
  const ofBody = Math.floor(index / BODIES.length);
  const treatyParagraph = (ofBody % 9_000) + 1;
  const symbol = isUpr ? `A/HRC/${session}/${10 + (index % 7)}` : `${body}/C/KAZ/CO/${1 + Math.floor(ofBody / 9_000)}`;
  return {
    Symbol: symbol,
    Text: isUpr
      ? `${paragraph} [BENCH] ${VERBS[index % VERBS.length]} ${OBJECTS[index % OBJECTS.length]}, bench item ${index}`
      : `Section ${index % 40} ${treatyParagraph}. The Committee recommends [BENCH] ${OBJECTS[index % OBJECTS.length]}, bench item ${index}`,
    PublicationDate: `20${10 + (index % 15)}-0${1 + (index % 9)}-1${index % 10}T00:00:00`,
    AnnotationType: isUpr ? "Recommendation" : "Observation",
    Countries: [index % 50 === 49 ? "Uzbekistan" : "Kazakhstan"],
    AffectedPersons: [GROUPS[index % GROUPS.length]],
    Themes: [THEMES[index % THEMES.length], THEMES[(index + 3) % THEMES.length]],
    Sdgs: [SDGS[index % SDGS.length]],
    Body: [body],
    ...(isUpr
      ? {
          RecommendingStates: [STATES[index % STATES.length]],
          UprPosition: index % 3 ? "Supported" : "Noted",
          UprSession: String(session),
        }
      : { Session: `session ${index % 20}` }),
  };
}

/** Writes the file; resolves with its size in bytes. */
export async function writeUhriFile(path: string, rows: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, "drain");
  };
  await write("[\n");
  for (let index = 0; index < rows; index += 1)
    await write(`${index > 0 ? ",\n" : ""}${JSON.stringify(record(index))}`);
  await write("\n]\n");
  out.end();
  await once(out, "finish");
  return bytes;
}
