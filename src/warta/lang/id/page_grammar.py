"""The grammar of an Indonesian news page, as plain data: what boilerplate looks like.

Everything here is a property of how Indonesian news sites lay out a page (inserted "Baca juga"
links, promo lines, related-headline lists, byline labels, captions with photo credits …), never of
one page. The text-dump extractor, the HTML post-filter and the metadata reader compile these once
at import time. Patterns are matched case-insensitively against a stripped line unless noted.
"""

from __future__ import annotations

# --- inserts that interrupt the body ---------------------------------------------------------

INSERT_PREFIXES: tuple[str, ...] = (
    "baca juga",
    "baca pula",
    "baca lagi",
    "baca selengkapnya",
    "baca berita",
    "baca artikel",
    "simak juga",
    "simak pula",
    "simak selengkapnya",
    "simak video",
    "simak berita",
    "lihat juga",
    "lihat video",
    "lihat foto",
    "lihat galeri",
    "tonton juga",
    "tonton video",
    "saksikan juga",
    "saksikan video",
    "tonton:",
    "baca:",
    "simak:",
    "lihat:",
    "berita terkait:",
    "artikel terkait:",
    "video terkait:",
    "foto terkait:",
    "infografis:",
    "kumpulan berita terkait",
    "pilihan editor:",
    "read also",
    "also read",
    "read more:",
    "related news:",
    "baca selanjutnya",
)
"""Starts of cross-links that sites insert into (or after) the body. Followed by ':', space or end."""

INLINE_INSERT = r"(?<=[.!?\"”’])\s+(?:Baca|BACA|Simak|SIMAK|Lihat|LIHAT)\s+(?:juga|Juga|JUGA)\s*:.*$"
"""A "Baca juga: …" link glued to the end of a paragraph after its last sentence (dumps that lost
the line break): cut off with the headline it links to."""

INLINE_INSERT_TRIGGERS: tuple[str, ...] = (" juga", " Juga", " JUGA")
"""Literal parts of an inline insert: the pattern only runs on lines holding one."""

# --- ads, subscriptions, promos ----------------------------------------------------------------

AD_LINES: tuple[str, ...] = (
    r"advertis(?:ing|ement)",
    r"iklan",
    r"ads?",
    r"close ads?(?: x)?",
    r"tutup iklan",
    r"(?:advertis(?:ing|ement)\s+)?scroll (?:to|untuk) (?:continue|lanjut|membaca|read)\w*.*",
    r"lanjutkan membaca.*",
    r"content ads?",
    r"sponsored(?: content)?",
    r"konten (?:bersponsor|sponsor|promosi)",
    r"baca berita tanpa iklan.*",
    r"gabung [\w.]+\+",
    r"your browser (?:didn'?t|does ?n[o']t) support.*",
    r"<p>.*</p>",
    r"informasi pemasangan iklan",
    r"info iklan",
    r"pasang iklan",
)
"""Whole lines that are ads or subscription prompts (regex, anchored at both ends)."""

PROMO_STARTS: tuple[str, ...] = (
    r"simak breaking news",
    r"ikuti (?:berita|kabar|update|informasi|kami|juga|kanal|saluran|akun|channel|terus)",
    r"ikuti [\w.]+ di (?:google news|whatsapp|instagram|twitter|x|facebook|tiktok|youtube|telegram"
    r"|kanal|saluran)",
    r"follow (?:us|kami|akun|instagram|twitter|media sosial)",
    r"dapatkan (?:update|berita|info|informasi|kabar|notifikasi)",
    r"download (?:aplikasi|app|sekarang)",
    r"unduh (?:aplikasi|sekarang)",
    r"jangan (?:sampai )?(?:ketinggalan|lewatkan) (?:berita|informasi|update|info)",
    r"langganan newsletter",
    r"berlangganan (?:newsletter|gratis|sekarang)",
    r"email berhasil dikirim",
    r"pilih saluran andalanmu",
    r"pastikan kamu sudah (?:install|instal|pasang)",
    r"yuk,? (?:ikuti|gabung|follow|join|download|unduh|simak|baca)",
    r"gabung (?:di |ke |dengan )?(?:kanal|saluran|channel|grup|komunitas)",
    r"klik (?:di ?sini|link|tautan)",
    r"cek berita(?: dan artikel)? (?:yang )?lain(?:nya)? di",
    r"temukan (?:berita|informasi|artikel) (?:menarik )?lain(?:nya)?",
    r"hai,? (?:sobat|kawan)",
    r"sobat \w+,? (?:yuk|jangan)",
    r"join (?:our|channel|grup|telegram|whatsapp)",
    r"kirimkan (?:tulisan|berita|cerita|artikel) anda",
    r"artikel ini (?:telah|sudah) (?:tayang|terbit|dimuat)",
    r"berita ini (?:telah|sudah) (?:tayang|terbit|dimuat)",
    r"\[gambas:",
    r"download apps?\b",
    r"baca artikel .{0,80} selengkapnya",
    r"(?:mari|ayo|yuk,?) (?:bergabung|gabung|join)\b",
    r"saksikan (?:live streaming|siaran langsung|tayangan|program)",
    r"click here to (?:get|read|follow|join|subscribe|see)",
    r"\*\)\s*\S",
    r"(?:tulisan|artikel|kolom) ini (?:adalah|merupakan) (?:pendapat|opini|pandangan) pribadi",
    r"penulis adalah (?:dosen|peneliti|pengamat|mahasiswa|wartawan|jurnalis|pegiat|alumnus|guru|"
    r"praktisi|anggota|ketua|direktur|pendiri|staf|analis|konsultan)",
)
"""Line starts of app, channel and newsletter promos, and the notes closing an opinion column (the
writer's bio and the disclaimer: "*) Nama adalah dosen …", "Tulisan ini adalah pendapat
pribadi penulis")."""

PROMO_ANYWHERE: tuple[str, ...] = (
    "whatsapp channel",
    "saluran whatsapp",
    "channel whatsapp",
    "google news",
    "telegram channel",
    "channel telegram",
)
"""Promo phrases (lower case, literal) that mark a line as a promo wherever they stand, when a
call to action stands with them."""

CALL_TO_ACTION = (
    r"\b(?:ikuti|simak|klik|gabung|follow|join|cek|akses|kunjungi|download|unduh|pilih|click|subscribe)\b"
)
"""Verbs of a promo: a PROMO_ANYWHERE phrase only counts when one of these is on the line."""

# --- sharing, comments, login ------------------------------------------------------------------

SHARE_LINES: tuple[str, ...] = (
    r"(?:\d+\s*)?(?:shares?|bagikan|dibagikan)(?: (?:artikel|berita) ini)?(?: (?:melalui|via|ke|di))?:?",
    r"bagikan artikel ini.*",
    r"share (?:this|artikel|berita|ke).*",
    r"(?:copy|salin) (?:link|tautan|url)",
    r"link (?:copied|disalin|tersalin).*",
    r"tweet",
    r"(?:facebook|twitter|whatsapp|line|telegram|linkedin|pinterest|email|g\+|google\+)"
    r"(?:\s*[|·,]\s*(?:facebook|twitter|whatsapp|line|telegram|linkedin|pinterest|email|g\+|google\+))*",
    r"follow us:?",
    r"(?:tags?|tagar|topik terkait|related tags?)\s*:\s*.{0,150}",
    r"find us on:?",
    r"oke",
    r"ok",
    r"a a a",
    r"toggle navigation",
    r"back to top",
    r"kembali ke atas",
    r"lewati .{1,80} dan (?:terus|lanjut(?:kan)?) membaca",
    r"skip .{1,80} and continue reading",
    r"akhir dari .{1,60} yang direkomendasikan",
    r"(?:lihat|view) (?:postingan|post|kiriman|unggahan) ini di (?:instagram|twitter|x|facebook|tiktok)",
    r"view this post on instagram",
    r"(?:sebuah kiriman|a post) (?:dibagikan|shared) (?:oleh|by) .{1,60}",
    r"[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+.{0,30}\d{4}",
    r"pic\.twitter\.com/\S+",
)
"""Whole lines of share bars, social buttons and widget captions, and the frame of an embedded
social post ("Lihat postingan ini di Instagram", "Sebuah kiriman dibagikan oleh X (@x)", a tweet's
"— Name (@handle) March 14, 2023")."""

COMMENT_PREFIXES: tuple[str, ...] = (
    r"laporkan komentar",
    r"tulis komentar",
    r"berikan komentar",
    r"beri komentar",
    r"kolom komentar",
    r"login untuk",
    r"masuk untuk (?:berkomentar|memberi|mengomentari)",
    r"komentar (?:anda|pembaca)",
    r"syarat (?:&|dan) ketentuan",
)
"""Starts of comment-box and account prompts (short lines)."""

COMMENT_LINES: tuple[str, ...] = (
    r"(?:\d+\s+)?komentar(?:\s+disclaimer)?",
    r"sign in",
    r"sign up",
    r"log ?in",
    r"log ?out",
    r"register",
    r"daftar",
    r"masuk",
    r"keluar",
    r"(?:register|daftar)\s*\|\s*(?:login|masuk)",
    r"(?:login|masuk)\s*\|\s*(?:register|daftar)",
)
"""Whole short lines of comment and account widgets."""

COMMENT_ANYWHERE: tuple[str, ...] = (
    "berkomentar",
    "laporkan komentar",
    "panduan komunitas",
    "kami sudah menerima laporan anda",
    "komentar sepenuhnya menjadi tanggung jawab",
)
"""Phrases (lower case, literal) of comment-box rules that mark a line wherever they stand."""

# --- pagers, copyright, credits ----------------------------------------------------------------

PAGER_LINES: tuple[str, ...] = (
    r"halaman\s*:?\s*(?:\d+(?:\s*(?:[-/|·]|dari)\s*\d+)*(?:\s+\d+)*)?",
    r"halaman (?:selanjutnya|sebelumnya|berikutnya|pertama|terakhir|utama)",
    r"\d+(?:\s+\d+)+(?:\s+(?:selanjutnya|next|»|›))?",
    r"(?:«|‹)?\s*(?:sebelumnya|selanjutnya|berikutnya|next|prev(?:ious)?|lanjut)\s*(?:»|›)?",
    r"(?:tampilkan|lihat) (?:semua|semuanya|selengkapnya)",
    r"load more",
    r"muat (?:lebih banyak|lainnya)",
    r"page \d+(?: of \d+)?",
    r"\d+",
    r"\d+ (?:foto|video|gambar)",
)
"""Whole lines of pagers and list navigation."""

COPYRIGHT_PATTERN = (
    r"^(?:copyright|©|\(c\)|hak cipta\s*(?:©|\(c\)|\d))|all rights reserved|\bhak cipta dilindungi|"
    r"©\s*(?:19|20)\d\d|copyright\s*©"
)
"""Copyright lines (anywhere on a line)."""

COPYRIGHT_TRIGGERS: tuple[str, ...] = ("©", "copyright", "hak cipta", "all rights reserved", "(c)")
"""Literal (lower-case) triggers: the copyright pattern only runs on lines holding one."""

BYLINE_LABELS: tuple[str, ...] = (
    "penulis",
    "reporter",
    "pewarta",
    "wartawan",
    "jurnalis",
    "laporan",
    "oleh",
    "kontributor",
    "koresponden",
    "editor",
    "penyunting",
    "redaktur",
    "red",
    "rep",
    "penerjemah",
    "alih bahasa",
    "translator",
    "fotografer",
    "foto",
    "video",
    "videografer",
    "grafis",
    "infografis",
    "sumber foto",
    "uploader",
    "tim redaksi",
)
"""Labels of the byline block ("Penulis: …", "Editor : …") and of staff credits."""

BARE_BYLINE_LABELS: tuple[str, ...] = (
    "penulis",
    "reporter",
    "pewarta",
    "wartawan",
    "jurnalis",
    "kontributor",
    "editor",
    "penyunting",
    "redaktur",
    "penerjemah",
)
"""Labels that also stand before a name without a colon ("Penulis Ayu Lestari | Editor Budi")."""

AUTHOR_LABELS: tuple[str, ...] = (
    "penulis",
    "reporter",
    "pewarta",
    "wartawan",
    "jurnalis",
    "laporan",
    "oleh",
    "kontributor",
    "koresponden",
    "rep",
)
"""Byline labels that name the article's author(s) ("Rep:" is Republika's reporter label)."""

EDITOR_LABELS: tuple[str, ...] = ("editor", "penyunting", "redaktur", "red")
"""Byline labels that name the editor(s)."""

TRANSLATOR_LABELS: tuple[str, ...] = ("penerjemah", "alih bahasa", "translator")
"""Byline labels that name the translator(s)."""

EDITOR_INITIALS = (
    r"[(\[]\s*[a-z][a-z0-9]{1,5}(?:\s*/\s*[a-z*][a-z0-9*]{0,5}){0,4}\s*[)\]]"
    r"|[(\[]\s*[A-Z][a-z]{1,4}(?:\s*/\s*[A-Z][a-z*]{1,4}){1,4}\s*[)\]]"
    r"|[(\[]\s*(?:[A-Z][a-z]{0,3}\s*/\s*)?[A-Z]{1,3}-\d{1,3}\s*[)\]]"
    r"|[(\[]\s*\*{1,3}(?:\s*/\s*[A-Za-z][\w.]{1,20})?\s*[)\]]"
)
"""Closing initials of writer/editor, whole line: "(abc/def)", "(ren)", "(mcr8/jpnn)", "[ded]",
"(Cas/Isk)", Media Indonesia's desk codes "(Z-7)", "(Ant/P-5)", Tribun's "(*)" (not "(ANTARA)")."""

SOURCE_CREDIT = (
    r"sumber\s*:\s*(?P<name>[^\s].{0,60})"
    r"|sumber\s+(?P<bare>(?-i:[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3}))"
)
"""A credit line "Sumber: Reuters" / "Sumber Reuters" / "Sumber : Antara" (whole line; without a colon
only capitalised names, so that "Sumber air menipis." stays prose)."""

WIRE_CREDIT = (
    r"reuters|afp|ap|xinhua|antara|bernama|kyodo|yonhap|anadolu|bloomberg|dpa|efe|tass|sputnik|"
    r"ria novosti|cnn|bbc|nhk"
)
"""Wire agencies as they close a story in brackets: "(Reuters)", "(AFP/Reuters)"."""

# --- photo captions and credits -----------------------------------------------------------------

PHOTO_CREDIT_AT_START: tuple[str, ...] = (
    r"(?i:\(?\s*(?:foto|photo|gambar|dok(?:umentasi)?|ilustrasi|sumber\s+foto|kredit\s+foto)\s*[:.])",
    r"(?i:(?:ilustrasi|istimewa|dok\.?)\s*/\s*\w+)",
    r"[A-Z][A-Za-z]*\.(?i:com|co\.id|id)\s*/\s*[A-Z]",
    r"(?i:(?:sumber|keterangan)\s+(?:gambar|foto)\s*,)",
)
"""Photo credits that open a caption: "Foto: …", "Ilustrasi/Net", "KOMPAS.com/NAME …", and the
labels of a caption box ("Sumber gambar, Getty Images", "Keterangan gambar,", as BBC prints them)."""

PHOTO_CREDIT_AT_END: tuple[str, ...] = (
    r"(?i:\((?:foto|photo|dok(?:umentasi)?|sumber)\s*:\s*[^)]*\)\s*$)",
    r"(?i:\((?:ist|istimewa|dok|net|ilustrasi|doc)\.?\)\s*$)",
    r"(?i:\((?:dok|doc|dokumentasi)\.?\s+[^()]{2,40}\)\s*$)",
    r"(?i:\((?:dok|doc|dokumentasi|foto|ist|istimewa)\.?\s*/\s*[^()]{2,40}\)\s*$)",
    r"(?i:\([^()]{0,20}\b(?:photo|foto)\s*/\s*[^()]{2,40}\)\s*$)",
    r"\((?i:antara|reuters|afp|ap|epa|xinhua|anadolu|bloomberg|getty images)\s*/\s*"
    r"(?!(?i:reuters|afp|ap|antara|xinhua|bloomberg)\s*\))[A-Z][^()/]{2,40}\)\s*$",
    r"(?i:/\s*(?:net|ist|istimewa|dok|ilustrasi)\s*$)",
    r"(?:^|\s)[A-Z]{3,}(?: [A-Z]{2,})?\s*/\s*[A-Z][A-Za-z .'-]{2,40}\]?$",
    r"(?:^|[.\s])(?:Foto|FOTO|Photo|Dok)\s*[:/]\s*(?:[A-Z][\w.'’\-]*\s*[/,]?\s*){1,6}$",
    r"\s[-–—]\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s*/\s*[A-Z][A-Za-z .'’-]{2,40}$",
    r"(?:^|[.\s])(?:Foto|FOTO|Photo)\s*:\s*(?:[A-Z][\w'’\-]*\s+){1,4}[a-z][\w-]*\.(?:com|co\.id|id|net)$",
)
"""Photo credits that close a caption: "(Foto: …)", "(ist)", "… REUTERS/Name", "… Foto: Name/JPNN.com",
"… Foto/Dok. SINDOnews" (after "Foto" only capitalised credit words, so prose does not end so),
"… - Harian Jogja/Name", "(Dok. JawaPos.com)", "(DOK/KALTIM POST)", "(B1 Photo/Name)", "(Antara/Name)"
(an agency and a photographer; "(AFP/Reuters)" names two wires and is left to the closing-credit
rule), "… Foto: Dian suarasurabaya.net" (a name and the outlet's domain)."""

PHOTO_CREDIT_WITH_SLASH: tuple[str, ...] = (
    r"\bANTARA\s*FOTO\s*/",
    r"\b(?:AFP|AP|EPA|EPA-EFE|REUTERS|XINHUA|ANADOLU|GETTY)\s*(?:PHOTO|FOTO|IMAGES)?\s*/\s*\w",
    r"\bAP\s+Photo\s*/",
    r"©\s*[\w.]+®?\s*/",
)
"""Agency credits anywhere in a caption: "ANTARA FOTO/…", "AFP PHOTO/…", "/©KapanLagi.com®/…"."""

PHOTO_CREDIT_WORDS: tuple[str, ...] = (
    r"\bPool\s+via\s+\w+",
    r"\bvia\s+(?:REUTERS|AFP|Getty\s+Images|AP)\b",
    r"\b(?:Getty\s+Images|Shutterstock|iStockphoto|Freepik|Unsplash|Pixabay)\b",
)
"""Credits by name anywhere in a caption ("… Pool via REUTERS", "Getty Images")."""

RARE_TRIGGERS: tuple[str, ...] = (
    "whatsapp",
    "google news",
    "telegram",
    "komentar",
    "komunitas",
    "laporan anda",
    "©",
    "copyright",
    "hak cipta",
    "rights reserved",
    "(c)",
    "via",
    "getty",
    "shutterstock",
    "istock",
    "freepik",
    "unsplash",
    "pixabay",
)
"""Lower-case substrings, one of which every promo phrase, comment rule, copyright notice and
named photo credit holds (PROMO_ANYWHERE, COMMENT_ANYWHERE, COPYRIGHT_TRIGGERS,
PHOTO_CREDIT_WORD_TRIGGERS): the rules that look anywhere in a line only run when one is there."""

PHOTO_CREDIT_WORD_TRIGGERS: tuple[str, ...] = (
    "via",
    "Getty",
    "Shutterstock",
    "iStock",
    "Freepik",
    "Unsplash",
    "Pixabay",
)
"""Literal triggers of PHOTO_CREDIT_WORDS (a cheap test before the regex)."""

# --- related lists, section labels, timestamps ----------------------------------------------------

RELATED_LIST_HEADERS: tuple[str, ...] = (
    "terkini lainnya",
    "berita terkait",
    "berita lainnya",
    "berita lain",
    "artikel terkait",
    "artikel lainnya",
    "artikel lain",
    "populer",
    "terpopuler",
    "paling populer",
    "terpopuler hari ini",
    "berita populer",
    "berita terpopuler",
    "terkomentari",
    "terbaru",
    "berita terbaru",
    "berita terkini",
    "terkini",
    "rekomendasi",
    "rekomendasi untuk anda",
    "rekomendasi untukmu",
    "berita rekomendasi",
    "artikel-artikel yang direkomendasikan",
    "artikel yang direkomendasikan",
    "pilihan editor",
    "pilihan redaksi",
    "berita pilihan",
    "topik pilihan",
    "topik terkait",
    "jangan lewatkan",
    "baca juga",
    "komentar pembaca",
    "video pilihan",
    "video terkait",
    "foto terkait",
    "foto video terkait",
    "galeri terkait",
    "most popular",
    "most popular most commented",
    "most commented",
    "top news",
    "headline",
    "headlines",
    "berita utama",
    "lainnya",
    "lihat semua",
    "selengkapnya",
    "baca selengkapnya",
    "trending",
    "trending topic",
    "tag",
    "tags",
    "tagar",
    "topik",
    "kanal",
    "indeks",
    "indeks berita",
    "update",
    "berita update",
    "news update",
    "artis terkait",
    "newsletter",
    "hot topic",
    "hot topics",
    "sorotan",
    "fokus",
    "infografis",
    "tweets by",
    "konten sponsor",
    "terhangat",
    "cari berita lain disini",
    "terkait",
    "related news",
    "related articles",
    "related posts",
    "popular news",
    "popular videos",
    "popular photos",
    "latest news",
    "most read",
    "most viewed",
    "recommended",
    "read more",
    "more news",
    "news feed",
)
"""Headers of related/popular/latest headline blocks: once the body has begun, one of these
(as a whole line, optionally with a trailing colon or "»") ends it."""

HARD_END_HEADERS: tuple[str, ...] = (
    "terkini lainnya",
    "berita terkait",
    "berita lainnya",
    "artikel terkait",
    "artikel lainnya",
    "populer",
    "terpopuler",
    "rekomendasi untuk anda",
    "rekomendasi untukmu",
    "berita rekomendasi",
    "komentar pembaca",
    "most popular",
    "most popular most commented",
    "jangan lewatkan",
    "pilihan editor",
    "berita pilihan",
    "topik pilihan",
    "foto video terkait",
    "video pilihan",
    "terkait",
    "related news",
    "related articles",
    "popular news",
    "popular videos",
    "popular photos",
    "latest news",
    "most read",
    "most viewed",
)
"""Related-list headers that never occur inside a body: the article is over when one appears."""

ABOUT_BOX_PREFIXES: tuple[str, ...] = (
    "tentang cek fakta",
    "tentang penulis",
    "tentang kami",
    "about the author",
)
"""Heads of the boxes a site prints under an article about its desk or its writer ("Tentang Cek
Fakta Liputan6.com", "Tentang Penulis"): the article is over where one starts (lower case, matched
at the start of a short line)."""

SECTION_LABELS: tuple[str, ...] = (
    "berita",
    "news",
    "home",
    "beranda",
    "nasional",
    "internasional",
    "global",
    "dunia",
    "regional",
    "daerah",
    "megapolitan",
    "metro",
    "ekonomi",
    "bisnis",
    "keuangan",
    "finansial",
    "politik",
    "hukum",
    "olahraga",
    "sport",
    "bola",
    "sepakbola",
    "tekno",
    "teknologi",
    "sains",
    "edukasi",
    "pendidikan",
    "kesehatan",
    "health",
    "lifestyle",
    "gaya hidup",
    "hiburan",
    "entertainment",
    "seleb",
    "selebriti",
    "showbiz",
    "otomotif",
    "travel",
    "wisata",
    "kuliner",
    "foto",
    "video",
    "opini",
    "kolom",
    "umum",
    "peristiwa",
    "humaniora",
    "jabar",
    "jatim",
    "jateng",
    "properti",
    "khazanah",
    "islam",
    "internasional",
    "asia",
    "eropa",
    "amerika",
    "timur tengah",
    "afrika",
    "jurnalis",
)
"""Rubric names that sites print as a line of their own above a headline or in menus."""

RELATIVE_TIME = (
    r"(?:\d+|se)\s*(?:detik|menit|jam|hari|minggu|pekan|bulan|tahun)\s+(?:yang\s+)?lalu|"
    r"baru saja|kemarin|hari ini"
)
"""Relative timestamps of related lists ("5 jam lalu", "20 detik yang lalu")."""

VIEW_COUNT = (
    r"dibaca\s+[\d.,]+\s*kali|[\d.,]+\s*(?:views?|kali dibaca|dilihat|pembaca|x dibaca)"
    r"|waktu baca\s*:?\s*\d+\s*menit|\d+\s*menit\s+(?:waktu\s+)?(?:baca|membaca)"
    r"|\d+\s*min(?:ute)?s?\s+read"
)
"""Read counters ("dibaca 20,442 kali", "5.713 views") and reading times ("waktu baca 2 menit")."""

STAFF_ROLE_WORDS: tuple[str, ...] = ("jurnalis", "reporter", "penulis", "editor", "kontributor")
"""Role words printed on their own line next to a name ("Dewi Kania" / "Jurnalis")."""

NAME_PARTICLES: tuple[str, ...] = ("bin", "binti", "van", "von", "de", "da", "al", "el", "dan")
"""Lower-case words allowed inside a person's name (and "dan" between two names)."""


PHOTO_CREDIT_LINE: str = r"^(?P<outlet>[A-Z][A-Za-z.\-]{1,15})\s*/\s*(?P<name>[A-Z][\w.'’\- ]{2,40})$"
"""A photo credit alone on its line, an outlet's short name (often its initials) over a slash and
the photographer's name: "MI/Ardiansyah Lubis". Media Indonesia prints it ABOVE the caption, so the
short sentence under it (above the lead) is the caption, not the article's first paragraph."""

STAR_SIGN_OFF: str = r"[.!?\"”’]\s*\*[a-z]{2,5}$"
"""A writer's initials after an asterisk closing the last paragraph ("… sementara. *ind", as Bali
papers sign their stories): the paragraph still ends a sentence."""

COPYRIGHT_HOLDER: str = (
    r"(?i:©|copyright|\(c\))\s*(?:©\s*)?(?:\d{4}\s*(?:[-–]\s*\d{4}\s*)?)?"
    r"(?P<name>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3})\s*(?:[.,|]|(?i:all\s+rights)|$)"
)
"""The holder named by a copyright line ("Copyright © 2023 Harian Disway. All rights reserved"):
an outlet no list names still signs its footer so."""

COMPANY_PREFIXES: tuple[str, ...] = ("pt", "pt.", "cv", "cv.", "yayasan", "perum")
"""A copyright holder opening with these is the company behind the outlet, not the outlet."""

MASTHEAD_SCAN_LINES: int = 3
"""The masthead is among the first non-blank lines of a dump (the logo's alt text or name)."""
