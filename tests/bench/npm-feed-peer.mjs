// A peer of make bench: the npm package "feed" (installed by run.sh into a
// scratch folder, never a dependency of feedwright) building Atom + RSS
// with every record of a bench feed folder (made by gen-records.py),
// reading one file per record, newest first, with what
// feedgenerator-peer.py gives each entry: title, link, id, author and
// address, the date (read in the feed's zone), the first paragraph as
// summary, the body as HTML paragraphs. It checks nothing.
//
// Usage: node npm-feed-peer.mjs NPMDIR FEEDDIR OUTDIR
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [npmdir, src, out] = process.argv.slice(2);
const { Feed } = await import(pathToFileURL(
	path.join(npmdir, "node_modules", "feed", "lib", "feed.js")).href);

const conf = {};
for (const line of fs.readFileSync(path.join(src, "feed.conf"), "utf8").split("\n")) {
	const eq = line.indexOf("=");
	if (eq > 0 && !line.trimStart().startsWith("#"))
		conf[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
}

// The offset of the zone at an instant, in milliseconds east of UTC.
const zoneParts = new Intl.DateTimeFormat("en-US", {
	timeZone: conf.timezone, hourCycle: "h23", year: "numeric",
	month: "numeric", day: "numeric", hour: "numeric", minute: "numeric",
	second: "numeric",
});
function offset(ms) {
	const p = {};
	for (const { type, value } of zoneParts.formatToParts(new Date(ms)))
		p[type] = Number(value);
	return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - ms;
}
// A local time of the zone as a Date (the records avoid gaps and repeats).
function localDate(y, mo, d, h, mi, s) {
	const guess = Date.UTC(y, mo - 1, d, h, mi, s);
	let t = guess - offset(guess);
	const again = guess - offset(t);
	if (again !== t)
		t = again;
	return new Date(t);
}

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;")
	.replace(/>/g, "&gt;");
const trailer = "\n" + conf.trailer + "\n";
const arts = path.join(src, conf.articles || "articles");
const items = [];
for (const name of fs.readdirSync(arts)) {
	if (name.startsWith(".") || !name.endsWith(".txt"))
		continue;
	const text = fs.readFileSync(path.join(arts, name), "utf8").split(trailer)[0];
	const parts = text.split("\n\n").map((p) => p.trim()).filter((p) => p);
	const [title, author, byline, ...body] = parts;
	const [email, when] = byline.split("|").map((s) => s.trim());
	const m = when.match(/^(\d+)-(\d+)-(\d+) (\d+):(\d+):(\d+)$/);
	const slug = name.slice(0, -4);
	items.push({
		slug, title, author, email, body,
		date: localDate(+m[1], +m[2], +m[3], +m[4], +m[5], +m[6]),
	});
}
// Newest first, name order among equals, as feedwright writes them.
items.sort((a, b) => b.date - a.date || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));

const feed = new Feed({
	title: conf.title, description: conf.subtitle || conf.title,
	id: conf.id, link: conf.link, language: conf.language,
	updated: items.length ? items[0].date : new Date(0),
	feedLinks: { atom: conf["feed-url"] + "atom.xml", rss: conf["feed-url"] + "rss.xml" },
	author: { name: conf.author },
});
for (const it of items) {
	const link = conf["entry-link"].replace("{slug}", it.slug);
	feed.addItem({
		title: it.title, id: link, link, date: it.date,
		description: escapeHtml(it.body[0]),
		content: it.body.map((p) => "<p>" + escapeHtml(p) + "</p>").join("\n"),
		author: [{ name: it.author, email: it.email }],
	});
}
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, "atom.xml"), feed.atom1());
fs.writeFileSync(path.join(out, "rss.xml"), feed.rss2());
