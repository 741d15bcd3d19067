// The peer side of bench/run: the JavaScript NLP library compromise finds people, places and
// organizations in the same generated articles tkg reads, and this prints its throughput.
//   node bench/compromise-bench.js corpus.jsonl MAX_ARTICLES   (with compromise on NODE_PATH)
'use strict';
const fs = require('fs');
const readline = require('readline');
const nlp = require('compromise');

async function main() {
    const [file, maxArg] = process.argv.slice(2);
    const max = Number(maxArg || 1000);
    const texts = [];
    const lines = readline.createInterface({input: fs.createReadStream(file)});
    for await (const line of lines) {
        if (texts.length >= max) break;
        if (line.trim()) texts.push(JSON.parse(line).text || '');
    }
    lines.close();
    let bytes = 0, names = 0;
    const start = process.hrtime.bigint();
    for (const text of texts) {
        bytes += Buffer.byteLength(text, 'utf8');
        const doc = nlp(text);
        names += doc.people().length + doc.places().length + doc.organizations().length;
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    console.log(JSON.stringify({articles: texts.length, bytes, seconds, names,
                                mb_per_s: bytes / seconds / 1e6}));
}

main().catch((e) => {
    console.error(`compromise-bench: ${e.message}`);
    process.exit(1);
});
