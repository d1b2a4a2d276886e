"""Junk templates in the languages of round 50's noise bodies (it, nl, pl, pt, sv, tr, id, ru).

Written for the bench as bench/noise.py's English, German, French and Spanish
ones are: phrasing many sites of the language share, written here, no line of a
page and no phrase-list entry (tests/test_noise_injection.py checks every line
built), so a body in one of these languages gets junk in its own language.
"""

from __future__ import annotations

MORE_CITIES = {
    "it": ("Roma", "Milano", "Napoli", "Torino", "Bologna", "Firenze", "Genova", "Palermo"),
    "nl": ("Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Gent"),
    "pl": ("Warszawa", "Kraków", "Gdańsk", "Wrocław", "Poznań", "Łódź", "Lublin", "Katowice"),
    "pt": ("Lisboa", "Coimbra", "Braga", "Faro", "São Paulo", "Salvador", "Recife", "Brasília"),
    "sv": ("Stockholm", "Göteborg", "Malmö", "Uppsala", "Umeå", "Luleå", "Visby", "Örebro"),
    "tr": ("İstanbul", "Ankara", "İzmir", "Bursa", "Antalya", "Konya", "Trabzon", "Eskişehir"),
    "id": ("Jakarta", "Surabaya", "Bandung", "Medan", "Semarang", "Makassar", "Denpasar"),
    "ru": ("Москва", "Казань", "Самара", "Омск", "Пермь", "Томск", "Сочи", "Тверь"),
}
MORE_AGENCIES = {
    "it": ("ANSA", "AGI", "LaPresse"),
    "nl": ("ANP", "Belga", "Reuters"),
    "pl": ("PAP", "Reuters", "AFP"),
    "pt": ("Lusa", "Agência Brasil", "Reuters"),
    "sv": ("TT", "Reuters", "AFP"),
    "tr": ("AA", "DHA", "İHA"),
    "id": ("ANTARA", "Reuters", "AFP"),
    "ru": ("ТАСС", "РИА Новости", "Интерфакс"),
}
# Polish and Russian put the place first or last (no case to inflect), as their papers do.
MORE_CAPTIONS = {
    "it": (
        "{p} parla con i giornalisti davanti al municipio di {c}",
        "Residenti di {c} durante un'assemblea pubblica sul progetto",
        "Un operaio controlla il cantiere alla periferia di {c}",
        "Manifestanti davanti alla sede del consiglio comunale a {c}",
    ),
    "nl": (
        "{p} staat journalisten te woord voor het stadhuis in {c}",
        "Bewoners van {c} tijdens een inspraakavond over de plannen",
        "Een bouwvakker inspecteert het terrein aan de rand van {c}",
        "Demonstranten verzamelen zich voor het gemeentehuis in {c}",
    ),
    "pl": (
        "{c}. {p} rozmawia z dziennikarzami przed ratuszem",
        "{c}. Mieszkańcy na spotkaniu w sprawie planów inwestycji",
        "Robotnik sprawdza plac budowy na obrzeżach miasta, {c}",
        "Protestujący przed budynkiem rady miasta, {c}",
    ),
    "pt": (
        "{p} fala aos jornalistas em frente à câmara municipal de {c}",
        "Moradores de {c} numa sessão pública sobre o projeto",
        "Um operário inspeciona a obra nos arredores de {c}",
        "Manifestantes concentrados diante da prefeitura de {c}",
    ),
    "sv": (
        "{p} pratar med journalister utanför stadshuset i {c}",
        "Invånare i {c} på ett informationsmöte om planerna",
        "En arbetare inspekterar bygget i utkanten av {c}",
        "Demonstranter samlas framför kommunhuset i {c}",
    ),
    "tr": (
        "{p}, {c} belediye binası önünde gazetecilere açıklama yaptı",
        "{c} sakinleri projeyle ilgili halk toplantısında",
        "Bir işçi {c} çevresindeki şantiyeyi inceliyor",
        "Göstericiler {c} belediye meclisi binası önünde toplandı",
    ),
    "id": (
        "{p} berbicara kepada wartawan di depan balai kota {c}",
        "Warga {c} menghadiri pertemuan publik tentang rencana tersebut",
        "Seorang pekerja memeriksa lokasi proyek di pinggiran {c}",
        "Pengunjuk rasa berkumpul di depan gedung DPRD {c}",
    ),
    "ru": (
        "{c}. {p} отвечает на вопросы журналистов у здания мэрии",
        "{c}. Жители на публичных слушаниях по проекту",
        "Рабочий осматривает стройплощадку на окраине города, {c}",
        "Участники акции протеста у здания городской думы, {c}",
    ),
}
MORE_CREDIT_LINES = {
    "it": ("Foto: {a}", "Foto {p}/{a}", "Fonte immagine: {a}"),
    "nl": ("Foto: {a}", "Foto: {p}/{a}", "Beeld: {a}"),
    "pl": ("Fot. {a}", "fot. {p}/{a}", "Źródło: {a}"),
    "pt": ("Foto: {a}", "Foto: {p}/{a}", "Imagem: {a}"),
    "sv": ("Foto: {a}", "Foto: {p}/{a}", "Bild: {a}"),
    "tr": ("Fotoğraf: {a}", "Foto: {p}/{a}", "Kaynak: {a}"),
    "id": ("Foto: {a}", "Foto: {p}/{a}", "Sumber foto: {a}"),
    "ru": ("Фото: {a}", "Фото: {p}/{a}", "Источник: {a}"),
}
MORE_AD_WORDINGS = {
    "it": (
        "Pubblicità · Continua a leggere sotto",
        "L'articolo prosegue dopo la pubblicità",
        "Contenuto offerto dal partner",
        "Annuncio | L'articolo continua",
        "Pubblicità – scorri per continuare",
    ),
    "nl": (
        "Advertentie · Lees verder onder deze advertentie",
        "Het artikel gaat verder na de advertentie",
        "Inhoud aangeboden door onze partner",
        "Advertentie | Verder met het artikel",
        "Reclame – scroll verder om te lezen",
    ),
    "pl": (
        "Reklama · Czytaj dalej poniżej",
        "Ciąg dalszy artykułu pod reklamą",
        "Treść przygotowana przez partnera",
        "Reklama | Artykuł jest kontynuowany niżej",
        "Reklama – przewiń, aby czytać dalej",
    ),
    "pt": (
        "Publicidade · Continue a ler abaixo",
        "O artigo continua depois da publicidade",
        "Conteúdo oferecido pelo parceiro",
        "Anúncio | A notícia continua a seguir",
        "Publicidade – role para continuar lendo",
    ),
    "sv": (
        "Annons · Fortsätt läsa nedan",
        "Artikeln fortsätter efter annonsen",
        "Innehåll från vår partner",
        "Annons | Texten fortsätter",
        "Reklam – scrolla för att läsa vidare",
    ),
    "tr": (
        "Reklam · Haberin devamı aşağıda",
        "Haberin devamı reklamdan sonra",
        "İş ortağımızın sunduğu içerik",
        "Reklam | Okumaya devam edin",
        "Reklam – devamı için kaydırın",
    ),
    "id": (
        "Iklan · Gulir untuk melanjutkan",
        "Artikel berlanjut setelah iklan ini",
        "Konten dari mitra kami",
        "Iklan | Lanjutkan membaca",
        "Advertorial – baca selengkapnya di bawah",
    ),
    "ru": (
        "Реклама · Продолжение ниже",
        "Статья продолжится после рекламы",
        "Материал нашего партнёра",
        "Реклама | Читайте дальше",
        "Реклама – листайте ниже",
    ),
}
MORE_PROMO_WORDINGS: dict[str, tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]] = {
    "it": (
        (
            "Iscriviti {a} {b}",
            ("alla nostra newsletter", "al notiziario"),
            ("gratuita", "del mattino", "quotidiana"),
        ),
        (
            "Seguici su {a} {b}",
            ("Instagram", "WhatsApp", "Telegram"),
            ("", "per restare aggiornato"),
        ),
        ("Condividi {a} su {b}", ("questo articolo", "la notizia"), ("WhatsApp", "Facebook")),
        (
            "Ricevi {a} {b}",
            ("le notizie più importanti", "il meglio della settimana"),
            ("nella tua casella di posta", "ogni mattina"),
        ),
        ("Scarica {a} app {b}", ("la nostra", "la"), ("gratuita", "per non perdere nulla")),
    ),
    "nl": (
        (
            "Meld je aan voor {a} {b}",
            ("onze gratis", "de dagelijkse"),
            ("nieuwsbrief", "ochtendmail"),
        ),
        ("Volg {a} op {b}", ("ons", "de redactie"), ("Instagram", "WhatsApp", "Telegram")),
        ("Deel {a} via {b}", ("dit artikel", "dit bericht"), ("WhatsApp", "e-mail")),
        (
            "Ontvang {a} {b}",
            ("het belangrijkste nieuws", "onze beste verhalen"),
            ("elke ochtend in je mailbox", "elke week"),
        ),
        ("Download {a} app {b}", ("onze gratis", "de"), ("voor pushberichten", "en mis niets")),
    ),
    "pl": (
        (
            "Zapisz się do {a} {b}",
            ("naszego", "bezpłatnego"),
            ("newslettera", "porannego newslettera"),
        ),
        ("Obserwuj {a} na {b}", ("nas", "naszą redakcję"), ("Instagramie", "WhatsAppie")),
        ("Udostępnij {a} na {b}", ("ten artykuł", "ten tekst"), ("Facebooku", "WhatsAppie")),
        (
            "Otrzymuj {a} {b}",
            ("najważniejsze wiadomości", "najlepsze teksty tygodnia"),
            ("na swoją skrzynkę", "każdego ranka"),
        ),
        ("Pobierz {a} aplikację {b}", ("naszą", "darmową"), ("i bądź na bieżąco", "z alertami")),
    ),
    "pt": (
        ("Assine {a} {b}", ("a nossa", "a"), ("newsletter diária", "newsletter da manhã")),
        ("Siga-nos no {a} {b}", ("Instagram", "WhatsApp", "Telegram"), ("", "e não perca nada")),
        ("Partilhe {a} no {b}", ("este artigo", "esta notícia"), ("WhatsApp", "Facebook")),
        (
            "Receba {a} {b}",
            ("as principais notícias", "o melhor da semana"),
            ("no seu e-mail", "todas as manhãs"),
        ),
        ("Baixe {a} app {b}", ("o nosso", "o"), ("gratuito", "e receba alertas")),
    ),
    "sv": (
        (
            "Prenumerera på {a} {b}",
            ("vårt gratis", "vårt dagliga"),
            ("nyhetsbrev", "morgonbrev"),
        ),
        ("Följ {a} på {b}", ("oss", "redaktionen"), ("Instagram", "WhatsApp", "Telegram")),
        ("Dela {a} via {b}", ("artikeln", "den här texten"), ("WhatsApp", "mejl")),
        (
            "Få {a} {b}",
            ("dagens viktigaste nyheter", "veckans bästa läsning"),
            ("direkt i inkorgen", "varje morgon"),
        ),
        ("Ladda ner {a} app {b}", ("vår", "vår gratis"), ("och missa inget", "för pushnotiser")),
    ),
    "tr": (
        ("{a} bültenimize {b}", ("Ücretsiz", "Günlük"), ("abone olun", "kaydolun")),
        (
            "Bizi {a} {b}",
            ("Instagram'da", "WhatsApp'ta", "Telegram'da"),
            ("takip edin", "takip et"),
        ),
        ("Bu {a} {b}", ("haberi", "yazıyı"), ("WhatsApp'ta paylaş", "Facebook'ta paylaşın")),
        (
            "{a} her sabah {b}",
            ("Günün önemli haberleri", "En çok okunan haberler"),
            ("e-postanızda", "gelen kutunuzda"),
        ),
        (
            "Uygulamamızı {a} {b}",
            ("ücretsiz", "hemen"),
            ("indirin", "indir, hiçbir haberi kaçırma"),
        ),
    ),
    "id": (
        ("Berlangganan {a} {b}", ("buletin", "newsletter"), ("harian kami", "gratis kami")),
        ("Ikuti {a} di {b}", ("kami", "redaksi kami"), ("Instagram", "WhatsApp", "Telegram")),
        ("Bagikan {a} ke {b}", ("artikel ini", "berita ini"), ("WhatsApp", "Facebook")),
        (
            "Dapatkan {a} {b}",
            ("berita terpenting", "kabar terbaru"),
            ("setiap pagi", "langsung di email Anda"),
        ),
        (
            "Unduh {a} {b}",
            ("aplikasi kami", "aplikasinya"),
            ("gratis", "agar tak ketinggalan berita"),
        ),
    ),
    "ru": (
        (
            "Подпишитесь на {a} {b}",
            ("нашу", "бесплатную"),
            ("рассылку", "утреннюю рассылку"),
        ),
        ("Следите за {a} в {b}", ("нами", "новостями"), ("Telegram", "ВКонтакте", "WhatsApp")),
        ("Поделитесь {a} в {b}", ("статьёй", "новостью"), ("Telegram", "WhatsApp")),
        (
            "Получайте {a} {b}",
            ("главные новости", "лучшие материалы недели"),
            ("на почту", "каждое утро"),
        ),
        (
            "Скачайте {a} приложение {b}",
            ("наше", "бесплатное"),
            ("и не пропускайте главное", "с уведомлениями"),
        ),
    ),
}
MORE_TEASER_HEADING_WORDINGS = {
    "it": (
        "Forse ti può interessare anche",
        "Altre notizie dalla sezione",
        "I più letti di oggi",
        "Ti consigliamo anche",
        "Cosa leggono gli altri",
    ),
    "nl": (
        "Dit vind je misschien ook interessant",
        "Meer nieuws uit de regio",
        "Vandaag het meest gelezen",
        "Ook interessant om te lezen",
        "Anderen lazen ook",
    ),
    "pl": (
        "To też może cię zainteresować",
        "Więcej wiadomości z regionu",
        "Dziś najchętniej czytane",
        "Polecamy również te teksty",
        "Inni czytali także",
    ),
    "pt": (
        "Também pode gostar de ler",
        "Mais notícias da secção",
        "Os mais lidos de hoje",
        "Recomendamos para si",
        "Outros leitores também viram",
    ),
    "sv": (
        "Du kanske också vill läsa",
        "Fler nyheter från regionen",
        "Mest läst just nu",
        "Andra läser också",
        "Rekommenderat för dig",
    ),
    "tr": (
        "İlginizi çekebilecek haberler",
        "Bölgeden diğer haberler",
        "Bugün en çok okunanlar",
        "Bunları da okumak isteyebilirsiniz",
        "Editörün seçtikleri",
    ),
    "id": (
        "Anda mungkin juga menyukai",
        "Berita lainnya dari rubrik ini",
        "Paling banyak dibaca hari ini",
        "Rekomendasi untuk Anda",
        "Pembaca lain juga membaca",
    ),
    "ru": (
        "Вас может заинтересовать",
        "Другие новости раздела",
        "Самое читаемое за сутки",
        "Рекомендуем прочитать",
        "Что читают другие",
    ),
}
MORE_INLINE_LABELS = {
    "it": ("Leggi anche", "POTREBBE INTERESSARTI", "Da leggere", "Sullo stesso tema"),
    "nl": ("Lees ook", "OOK INTERESSANT", "Zie ook", "Meer hierover"),
    "pl": ("Czytaj także", "ZOBACZ TEŻ", "Warto przeczytać", "Na ten sam temat"),
    "pt": ("Leia também", "VEJA TAMBÉM", "Para ler depois", "Sobre o mesmo tema"),
    "sv": ("Läs också", "LÄS MER", "Se även", "Mer om detta"),
    "tr": ("Bunu da okuyun", "İLGİLİ HABER", "Ayrıca bakın", "Göz atın"),
    "id": ("Baca juga", "SIMAK JUGA", "Wajib dibaca", "Masih terkait"),
    "ru": ("Читайте также", "ПО ТЕМЕ", "Стоит прочитать", "На ту же тему"),
}
MORE_TEASERS = {
    "it": (
        "Chef stellato svela il segreto dell'arrosto perfetto",
        "Dieci spiagge da visitare assolutamente quest'estate",
        "Perché gli esperti del sonno sconsigliano di rimandare la sveglia",
        "Leggenda del calcio firma a sorpresa con il club rivale",
        "I gadget che tutti vorranno per Natale",
        "Borse in calo, i titoli tecnologici crollano",
    ),
    "nl": (
        "Sterrenkok onthult het geheim van het perfecte gebraad",
        "Tien stranden die je deze zomer moet bezoeken",
        "Waarom slaapexperts afraden de snoozeknop te gebruiken",
        "Voetballegende tekent verrassend bij de rivaal",
        "De gadgets die iedereen wil hebben voor de feestdagen",
        "Beurzen zakken weg door koersval techfondsen",
    ),
    "pl": (
        "Szef kuchni zdradza sekret idealnej pieczeni",
        "Dziesięć plaż, które musisz odwiedzić tego lata",
        "Dlaczego eksperci od snu odradzają drzemkę po budziku",
        "Legenda futbolu niespodziewanie podpisuje kontrakt z rywalem",
        "Gadżety, które wszyscy będą chcieli dostać na święta",
        "Giełdy w dół, spółki technologiczne tracą",
    ),
    "pt": (
        "Chef famoso revela o segredo do assado perfeito",
        "Dez praias que precisa de visitar este verão",
        "Por que os especialistas em sono desaconselham adiar o despertador",
        "Lenda do futebol assina de surpresa com o clube rival",
        "Os aparelhos que todos vão querer neste Natal",
        "Bolsas recuam arrastadas pelas tecnológicas",
    ),
    "sv": (
        "Stjärnkock avslöjar hemligheten bakom den perfekta steken",
        "Tio stränder du måste besöka i sommar",
        "Därför avråder sömnexperter från snoozeknappen",
        "Fotbollslegend skriver oväntat på för rivalen",
        "Prylarna alla vill ha i julklapp",
        "Börserna faller när techaktierna rasar",
    ),
    "tr": (
        "Ünlü şef mükemmel rostonun sırrını açıkladı",
        "Bu yaz mutlaka görmeniz gereken on plaj",
        "Uyku uzmanları neden alarmı ertelememeyi öneriyor",
        "Futbol efsanesi ezeli rakiple sürpriz imza attı",
        "Bu yılbaşında herkesin isteyeceği cihazlar",
        "Teknoloji hisseleri çakıldı, borsa geriledi",
    ),
    "id": (
        "Koki ternama ungkap rahasia daging panggang yang sempurna",
        "Sepuluh pantai yang wajib dikunjungi musim liburan ini",
        "Alasan pakar tidur melarang menunda alarm",
        "Legenda sepak bola mengejutkan dengan gabung klub rival",
        "Gawai yang diidamkan semua orang akhir tahun ini",
        "Bursa saham melemah, saham teknologi anjlok",
    ),
    "ru": (
        "Известный шеф-повар раскрыл секрет идеального жаркого",
        "Десять пляжей, которые стоит посетить этим летом",
        "Почему сомнологи не советуют откладывать будильник",
        "Легенда футбола неожиданно подписала контракт с соперником",
        "Гаджеты, которые все захотят получить к праздникам",
        "Биржи падают вслед за акциями техкомпаний",
    ),
}
