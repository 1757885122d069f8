"""The boilerplate cues' quick test: a cue is passed over only when it cannot match."""

from __future__ import annotations

import pytest

from wirewatch.clean.lexicon import (
    boilerplate_cues,
    boilerplate_kind,
    has_cue_of,
    required_alternatives,
    required_literal,
)
from wirewatch.model import BoilerplateKind


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("pattern", "literal"),
    [
        (r"\bnewsletters?\b", "newsletter"),
        (r"\benter your e-?mail( address)?\b", "enter your e"),
        (r"\b(log|sign) ?in\b.{0,40}\b(to|with)\b", "in"),
        (r"^(home|menu|search)\s*:?$", ""),
        (r"cookie|consent", ""),
    ],
)
def test_required_literal_is_in_every_match(pattern: str, literal: str) -> None:
    assert required_literal(pattern) == literal


@pytest.mark.issue(20)
def test_every_cue_finds_its_own_literal_in_a_line_it_matches() -> None:
    lines = [
        "Sign up for our newsletter",
        "Enter your email address",
        "Please log in to comment",
        "© 2024 The Daily Example",
        "Share this article",
        "Advertisement",
        "Support independent journalism today",
    ]
    for line in lines:
        kind = boilerplate_kind(line)
        assert kind is not None, line
        matching = [cue for cue in boilerplate_cues() if cue.pattern.search(line)]
        for cue in matching:
            assert any(literal in line.lower() for literal in cue.literals), line


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("pattern", "alternatives"),
    [
        (r"\bnewsletters?\b", ("newsletter",)),
        (r"cookie|consent", ("cookie", "consent")),
        (r"\b(jetzt )?(spenden|unterstützen)\b", ("spenden", "unterstützen")),
        (r"\b(log|sign) ?in\b", ("log", "sign")),
        (r"(©|copyright) \d{4}", ("©", "copyright")),
        (r"\b(our|\w+) newsletter", (" newsletter",)),
        (r"\b(news|[a-z]+)\b", ()),
        (r"(?!ad)\w+ (?:one|two)", ("one", "two")),
        (r"[(|]x|y", ()),
    ],
)
def test_required_alternatives_are_one_in_every_match(
    pattern: str, alternatives: tuple[str, ...]
) -> None:
    assert required_alternatives(pattern) == alternatives


@pytest.mark.issue(20)
def test_a_cue_without_one_required_literal_is_still_found_by_one_of_its_alternatives() -> None:
    """Searched cues whose words are all in alternatives: the quick test must not turn them away."""
    lines = {
        "Copyright 2024 The Harbour Gazette": BoilerplateKind.COPYRIGHT,
        "© Harbour Media 2019": BoilerplateKind.COPYRIGHT,
        "Tous droits réservés.": BoilerplateKind.COPYRIGHT,
        "記事の無断転載を禁じます": BoilerplateKind.COPYRIGHT,
        "Please enable JavaScript to watch this video": BoilerplateKind.COOKIE_NOTICE,
        "Datenschutzeinstellungen": BoilerplateKind.COOKIE_NOTICE,
        "Abonnez-vous pour lire la suite": BoilerplateKind.PAYWALL,
    }
    for line, kind in lines.items():
        assert boilerplate_kind(line) is kind, line


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "line",
    [
        "An dieser Stelle findest du einen externen Inhalt von YouTube, der den Artikel ergänzt.",
        "YouTube-Inhalte erlauben",
        "Ich bin damit einverstanden, dass mir Inhalte von YouTube angezeigt werden.",
        "Personenbezogene Daten können an Drittplattformen übermittelt werden.",
        "Empfohlener redaktioneller Inhalt",
        "Click to load the embedded content from Twitter.",
        "This external content is blocked. Click here to show it.",
        "Ce contenu externe ne peut être affiché que si vous acceptez les cookies.",
        "Contenido externo: pulse para mostrar el contenido de terceros.",
    ],
)
def test_consent_prompts_standing_in_for_embeds_are_furniture(line: str) -> None:
    assert boilerplate_kind(line) is BoilerplateKind.COOKIE_NOTICE


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "line",
    [
        "Die Plattform YouTube hat externe Inhalte von Drittanbietern gesperrt, sagte ein Sprecher.",
        "Third-party content moderators in Kenya said they would not accept the new terms.",
        "The embedded content of the report was shown to lawmakers, who said they would allow it.",
        "Ich bin damit einverstanden, sagte der Minister.",
    ],
)
def test_news_about_embedded_content_is_not_a_consent_prompt(line: str) -> None:
    assert boilerplate_kind(line) is None


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "line",
    [
        "Most viewed in Sport",
        "Most read in world news",
        "Editors' Picks",
        "Recommended from Opinion",
        "Verwandte Artikel",
        "La rédaction vous conseille",
        "Les også:",
        "Mest läst – Sverige",
        "Czytaj także",
        "İlgili Haberler",
        "Previous article",
        "nächster Artikel: Brücke wird gesperrt",
    ],
)
def test_headings_of_links_to_other_stories_are_furniture(line: str) -> None:
    assert boilerplate_kind(line) in {BoilerplateKind.RELATED_LINKS, BoilerplateKind.NAVIGATION}


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "line",
    [
        "Most viewed in Sport were the highlights of the final, the broadcaster said on Monday.",
        "Mer om dette kommer senere i uken, sa statsministeren.",
        "The next article of the treaty deals with fishing rights.",
        "Next article of the treaty deals with fishing rights.",
        "Recommended from the start by the committee, the plan was approved.",
    ],
)
def test_news_sentences_that_begin_like_those_headings_are_not(line: str) -> None:
    assert boilerplate_kind(line) is None


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Ein Klick für den Datenschutz", BoilerplateKind.COOKIE_NOTICE),
        ("Infografiken anzeigenDatenschutzeinstellungen anpassen", BoilerplateKind.COOKIE_NOTICE),
        ("Video laden", BoilerplateKind.COOKIE_NOTICE),
        ("Weiterführende Links", BoilerplateKind.RELATED_LINKS),
        ("Beliebt im Preisvergleich", BoilerplateKind.RELATED_LINKS),
        ("Jetzt bei Beispielmobil abschließen", BoilerplateKind.ADVERTISEMENT),
    ],
)
def test_german_consent_buttons_link_headings_and_calls_to_buy(
    line: str, kind: BoilerplateKind
) -> None:
    assert boilerplate_kind(line) is kind


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "line",
    [
        "Videos anzeigen, die die Polizei gesammelt hat, sollen bei der Suche helfen.",
        "Jetzt kaufen die Menschen weniger Brot, sagte der Bäcker.",
        "Beliebt im Dorf war der Bürgermeister nie, aber er gewann jede Wahl.",
    ],
)
def test_german_news_sentences_that_start_alike_are_not_furniture(line: str) -> None:
    assert boilerplate_kind(line) is None


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "line",
    [
        "We and our partners use cookies to remember your choices and measure the audience.",
        "This website uses cookies so that we can give you the best service.",
        "Um Ihnen ein besseres Erlebnis zu bieten, setzen wir Cookies und ähnliche Techniken ein.",
        "Nous utilisons des cookies pour vous proposer des contenus adaptés.",
        "Utilizamos cookies propias y de terceros para analizar el tráfico.",
        "Wij gebruiken cookies om de site te verbeteren.",
        "Store and/or access information on a device",
        "Personalised advertising and content, advertising and content measurement, audience "
        "research and services development",
        "...Informationen auf einem Gerät speichern und/oder abrufen",
        "Genaue Standortdaten und Geräteeigenschaften zur Identifikation abfragen",
        "Stocker et/ou accéder à des informations sur un appareil",
        "Archiviare e/o accedere a informazioni su un dispositivo",
        "Consent to Cookies & Data processing",
        "Create profiles for personalised advertising",
        "Understand audiences through statistics or combinations of data from different sources",
        "Precise geolocation data, and identification through device scanning",
        "Cookies, device or similar online identifiers (e.g. login-based identifiers, randomly "
        "assigned identifiers, network based identifiers) together with other information (e.g. "
        "browser type and information, language, screen size, supported technologies etc.) can "
        "be stored or read on your device to recognise it each time it connects to an app.",
        "Advertising and content can be personalised based on your profile.",
    ],
)
def test_cookie_notices_and_the_consent_frameworks_purposes_are_furniture(line: str) -> None:
    assert boilerplate_kind(line) is BoilerplateKind.COOKIE_NOTICE


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "line",
    [
        "Regulators said advertisers use cookies and device fingerprints to follow people online.",
        "Die Polizei konnte Informationen auf dem Gerät des Verdächtigen sichern, sagte ein Sprecher.",
        "Genaue Standortdaten lagen den Ermittlern nicht vor.",
        "The phone can store information on a device-wide basis, the company said.",
    ],
)
def test_news_about_cookies_and_devices_is_not_a_cookie_notice(line: str) -> None:
    assert boilerplate_kind(line) is None


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Mehr zu Fleischkonsum", BoilerplateKind.RELATED_LINKS),
        ("Mehr aus Thüringen", BoilerplateKind.RELATED_LINKS),
        ("Meer over de verkiezingen", BoilerplateKind.RELATED_LINKS),
        ("Más sobre Ucrania", BoilerplateKind.RELATED_LINKS),
        ("Mehr zu tun gibt es für die Feuerwehr im Sommer, sagte der Kommandant.", None),
        ("Mehr aus der Bevölkerung kam nicht.", None),
    ],
)
def test_more_on_a_topic_heads_a_list_of_links_in_other_languages_too(
    line: str, kind: BoilerplateKind | None
) -> None:
    assert boilerplate_kind(line) is kind


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "line",
    [
        "Copyright ⓒ Example Daily. All right reserved.",
        "© Gazeta Przykładowa. Wszelkie prawa zastrzeżone.",
        "© 2000–2026, «Пример Медиа». Все права защищены.",
        "Использование материалов сайта разрешается только со ссылкой на источник.",
        "Jede Vervielfältigung ist nur mit schriftlicher Genehmigung des Verlags erlaubt.",
        "Reproduction totale ou partielle interdite sans autorisation.",
        "Queda prohibida la reproducción total o parcial de los contenidos.",
        "記事・写真の無断転載を禁じます。",
        "저작권자 ⓒ 예시일보, 무단 전재 및 재배포 금지",
    ],
)
def test_copyright_and_reproduction_notices_in_other_languages_are_furniture(line: str) -> None:
    assert boilerplate_kind(line) is BoilerplateKind.COPYRIGHT


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "line",
    [
        "The court ruled that the reproduction of the photos without consent broke the law.",
        "Использование материалов уголовного дела в суде вызвало споры.",
        "Der Verlag prüft die Vervielfältigung der Akten durch die Behörde.",
    ],
)
def test_news_about_copyright_is_not_a_copyright_notice(line: str) -> None:
    assert boilerplate_kind(line) is None


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Sur le même thème", BoilerplateKind.RELATED_LINKS),
        ("Lo más leído", BoilerplateKind.RELATED_LINKS),
        ("Meest gelezen", BoilerplateKind.RELATED_LINKS),
        ("Lo más leído en Sociedad", BoilerplateKind.RELATED_LINKS),
        ("Most read in Sport", BoilerplateKind.RELATED_LINKS),
        ("Últimas noticias", BoilerplateKind.RELATED_LINKS),
        ("Dernières infos", BoilerplateKind.RELATED_LINKS),
        ("Noticia relacionada", BoilerplateKind.RELATED_LINKS),
        ("Las últimas noticias del frente hablan de combates en Járkov.", None),
        ("Most read in Sport was the story of the club's sale, the editor said.", None),
        ("Afficher plus", BoilerplateKind.NAVIGATION),
        ("Mehr anzeigen", BoilerplateKind.NAVIGATION),
        ("Load more…", BoilerplateKind.NAVIGATION),
        ("Sur le même thème, le ministre a répondu aux députés.", None),
        ("Show more patience with the voters, he told the party.", None),
    ],
)
def test_link_headings_and_show_more_buttons_in_other_languages(
    line: str, kind: BoilerplateKind | None
) -> None:
    assert boilerplate_kind(line) is kind


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "The editors reserve the right to remove comments that break the law or our rules.",
            BoilerplateKind.COMMENT_PROMPT,
        ),
        (
            "Die Redaktion behält sich vor, Kommentare zu entfernen, die gegen Gesetze verstoßen.",
            BoilerplateKind.COMMENT_PROMPT,
        ),
        (
            "Die veröffentlichten Artikel und Kurse sind keine Aufforderung zum Kauf oder Verkauf "
            "von Wertpapieren.",
            BoilerplateKind.COPYRIGHT,
        ),
        (
            "The information in this article is not investment advice.",
            BoilerplateKind.COPYRIGHT,
        ),
        (
            "Um eingebettete Inhalte anzuzeigen, ist deine widerrufliche Einwilligung notwendig.",
            BoilerplateKind.COOKIE_NOTICE,
        ),
        (
            "Enjoyed this story? Support our award-winning journalism by becoming a member.",
            BoilerplateKind.DONATION_APPEAL,
        ),
        (
            "Get in-depth reporting for only N$85 a month. Invest in journalism.",
            BoilerplateKind.DONATION_APPEAL,
        ),
        (
            "Print subscribers get unlimited online access with their subscription.",
            BoilerplateKind.PAYWALL,
        ),
        ("Découvrez nos offres premium dès maintenant.", BoilerplateKind.PAYWALL),
        ("Get the latest news from the Harbour Gazette in your inbox.", BoilerplateKind.NEWSLETTER),
        (
            "To view this video please enable JavaScript, and consider upgrading to a browser",
            BoilerplateKind.COOKIE_NOTICE,
        ),
        ("Please enable JavaScript to view the comments.", BoilerplateKind.COOKIE_NOTICE),
        (
            "This copy is for your personal, non-commercial use only. To order copies, visit us.",
            BoilerplateKind.COPYRIGHT,
        ),
        ("iPad and iPhone are registered trademarks of Apple Inc.", BoilerplateKind.COPYRIGHT),
        (
            "*These statements have not been evaluated by the Food and Drug Administration.",
            BoilerplateKind.COPYRIGHT,
        ),
    ],
)
def test_notices_of_the_publisher_in_their_own_words_are_furniture(
    line: str, kind: BoilerplateKind
) -> None:
    """Comment rules, investment disclaimers, embed consent, appeals and subscription offers."""
    assert boilerplate_kind(line) is kind


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "line",
    [
        "The court said the bank had given its clients investment advice without a licence.",
        "Die Patientin gab ihre Einwilligung in die Operation erst am Abend.",
        "The company's shares rose 3% after the report, closing at $85 a share.",
        "Readers left thousands of comments under the mayor's post within an hour.",
        "The agency said the claims had not been evaluated by independent scientists.",
        "The letter that landed in your inbox last week was a phishing attempt, police said.",
        "The flaw lets attackers run JavaScript in the browser, the researchers said.",
        "The brand, which the company registered in 2019, is worth millions, the court heard.",
    ],
)
def test_news_sentences_about_advice_consent_prices_and_comments_are_not(line: str) -> None:
    assert boilerplate_kind(line) is None


@pytest.mark.issue(20)
def test_a_text_is_asked_for_the_cues_of_some_kinds_only() -> None:
    legal = frozenset({BoilerplateKind.COPYRIGHT, BoilerplateKind.COOKIE_NOTICE})
    assert has_cue_of("© 2019 The Harbour Gazette. All rights reserved.", legal)
    assert not has_cue_of("Sign up for our newsletter to get the news.", legal)
    assert boilerplate_kind("Sign up for our newsletter to get the news.") is not None


K = BoilerplateKind
# Furniture in the languages and scripts the lexicon covers beyond English: each cue
# written from what the thing is (a comment form, a related-links heading, a notice), and
# the story sentences with the same words that must stay (issue 20).
CUES_BEYOND_ENGLISH = [
    # a comment section's disclaimer and rules: a legal notice
    ("The views expressed in the comments below do not reflect those of the Gazette.", K.COPYRIGHT),
    ("Comments are the sole responsibility of their authors.", K.COPYRIGHT),
    ("We review all comments before they are published.", K.COPYRIGHT),
    ("El contenido de los comentarios es la opinión de los usuarios, no del diario.", K.COPYRIGHT),
    ("Les commentaires n'engagent que leurs auteurs.", K.COPYRIGHT),
    ("Die Kommentare spiegeln nicht die Meinung der Redaktion wider.", K.COPYRIGHT),
    ("الآراء الواردة أدناه لا تعبر عن رأي الموقع، بل تعكس وجهات نظر أصحابها فقط.", K.COPYRIGHT),
    ("Please share your videos, pictures and stories with us.", K.COMMENT_PROMPT),
    ("Have you been affected? Get in touch by emailing news@example.com", K.COMMENT_PROMPT),
    ("Envoyez-nous vos photos et vos témoignages.", K.COMMENT_PROMPT),
    ("このニュースをシェア", K.SOCIAL_SHARE),
    ("記事をシェアする", K.SOCIAL_SHARE),
    ("分享到", K.SOCIAL_SHARE),
    # an outlet's accounts, a label in any script and the profile's address
    ("เฟซบุ๊ก https://fb.me/harbourgazette", K.SOCIAL_SHARE),
    ("Twitter: twitter.com/harbourgazette", K.SOCIAL_SHARE),
    ("Telegram https://t.me/harbourgazette", K.SOCIAL_SHARE),
    ("Sie können nur als eingeloggter Stadtkurier-User kommentieren.", K.COMMENT_PROMPT),
    (
        "Informationen zu unseren Moderationskriterien finden Sie in der Netiquette.",
        K.COMMENT_PROMPT,
    ),
    ("Vous devez être connecté pour commenter cet article.", K.COMMENT_PROMPT),
    ("Para comentar, inicia sesión o regístrate.", K.COMMENT_PROMPT),
    ("Per commentare devi essere registrato e accedere.", K.COMMENT_PROMPT),
    ("Je moet ingelogd zijn om te reageren.", K.COMMENT_PROMPT),
    ("Du må være innlogget for å kommentere.", K.COMMENT_PROMPT),
    ("【関連記事】", K.RELATED_LINKS),
    ("こちらもおすすめ(自動検索)", K.RELATED_LINKS),
    ("相关新闻", K.RELATED_LINKS),
    ("관련기사", K.RELATED_LINKS),
    ("延伸阅读：", K.RELATED_LINKS),
    ("Topmeldungen", K.RELATED_LINKS),
    ("Ähnliche Themen", K.RELATED_LINKS),
    ("Sujets associés", K.RELATED_LINKS),
    ("Artículos relacionados:", K.RELATED_LINKS),
    ("Mehr zur Lage am Hafen lesen Sie in unserem Liveblog:", K.RELATED_LINKS),
    ("More on the harbour plan you can read here:", K.RELATED_LINKS),
    ("有料会員限定", K.PAYWALL),
    ("無料会員に登録する", K.LOGIN_PROMPT),
    ("로그인", K.LOGIN_PROMPT),
    ("Sie sind bereits Kunde?", K.LOGIN_PROMPT),
    ("Déjà abonné ? Connectez-vous", K.LOGIN_PROMPT),
    ("¿Ya eres suscriptor?", K.LOGIN_PROMPT),
    ("ニュースレターを登録すると続きが読めます（無料）", K.NEWSLETTER),
    ("分享到", K.SOCIAL_SHARE),
    ("Diesen Artikel teilen", K.SOCIAL_SHARE),
    ("Partager cet article", K.SOCIAL_SHARE),
    ("Compartir este artículo", K.SOCIAL_SHARE),
    ("広告", K.ADVERTISEMENT),
    ("Sie haben vermutlich einen Ad-Blocker aktiviert.", K.ADVERTISEMENT),
    ("It looks like you are using an ad blocker.", K.ADVERTISEMENT),
    ("Veuillez désactiver votre bloqueur de publicité.", K.ADVERTISEMENT),
    (
        "The contents of this site are for informational purposes only and are not intended "
        "to diagnose any medical condition.",
        K.COPYRIGHT,
    ),
    ("Consult your physician before beginning any exercise program or diet.", K.COPYRIGHT),
    ("The information on this website was originally intended for a US audience.", K.COPYRIGHT),
    ("This guide contains affiliate links: we may earn a commission.", K.COPYRIGHT),
    ("In diesem Beitrag sind Affiliate-Links enthalten.", K.COPYRIGHT),
    ("Cet article contient des liens d'affiliation.", K.COPYRIGHT),
    ("Este artículo contiene enlaces de afiliados.", K.COPYRIGHT),
    ("FTC: We use income earning affiliate links.", K.COPYRIGHT),
    ("Wir erhalten eine Provision über Affiliate-Links.", K.COPYRIGHT),
    ("Weiterlesen", K.NAVIGATION),
    ("Lire la suite »", K.NAVIGATION),
    ("Czytaj więcej", K.NAVIGATION),
    ("Continue reading", K.NAVIGATION),
    ("You are here: Home > News > Politics", K.NAVIGATION),
    ("Sie sind hier: Startseite > Politik", K.NAVIGATION),
    ("Zum Inhalt springen", K.NAVIGATION),
    ("Aller au contenu principal", K.NAVIGATION),
    # the error-report widget's instruction: "Ctrl+Enter" in every language it is set in
    (
        "Iezīmējiet tekstu un spiediet Ctrl+Enter , lai nosūtītu labojamo teksta fragmentu!",
        K.COMMENT_PROMPT,
    ),
    ("Нашли ошибку? Выделите фрагмент текста и нажмите Ctrl + Enter", K.COMMENT_PROMPT),
    ("Spotted a typo? Select it and press CTRL+ENTER to tell the editors.", K.COMMENT_PROMPT),
    # a Chinese site's disclaimer box, follow-us call, report hotline and login prompts
    ("【免责声明】本文仅代表作者本人观点，与本网站无关。本网站对文中陈述保持中立。", K.COPYRIGHT),
    ("免责声明：本文仅代表作者个人观点，与港口日报无关。", K.COPYRIGHT),
    ("更多新闻！欢迎扫描下方二维码关注港口日报官方微信", K.SOCIAL_SHARE),
    ("扫码关注我们的微信公众号", K.SOCIAL_SHARE),
    ("违法和不良信息举报电话：010-12345678", K.COPYRIGHT),
    ("举报邮箱：report@harbour.example", K.COPYRIGHT),
    ("免注册 快速登录", K.LOGIN_PROMPT),
    ("登录超时，稍后再试", K.LOGIN_PROMPT),
    ("本周热门", K.RELATED_LINKS),
    ("猜你喜欢", K.RELATED_LINKS),
    ("Saltar al contenido", K.NAVIGATION),
    ("メインメニューをとばして、このページの本文エリアへ", K.NAVIGATION),
    ("본문 바로가기", K.NAVIGATION),
    ("跳到主要内容", K.NAVIGATION),
    # A button for readers to report a mistake in the story, the question or the button alone.
    ("Fehler gefunden?Jetzt melden.", K.COMMENT_PROMPT),
    ("Spotted an error? Let us know.", K.COMMENT_PROMPT),
    ("Vous avez repéré une erreur ? Signalez-la", K.COMMENT_PROMPT),
    ("¿Has visto un error? Avísanos", K.COMMENT_PROMPT),
    ("Report an error", K.COMMENT_PROMPT),
    ("Fehler melden", K.COMMENT_PROMPT),
    ("Segnala un errore", K.COMMENT_PROMPT),
    # The label of a story's table of contents, and buttons that show more of a list.
    ("Auf dieser Seite:", K.NAVIGATION),
    ("On this page", K.NAVIGATION),
    ("Inhaltsverzeichnis", K.NAVIGATION),
    ("En este artículo:", K.NAVIGATION),
    ("See more articles", K.NAVIGATION),
    ("Ver más artículos", K.NAVIGATION),
    ("Mehr Artikel »", K.NAVIGATION),
    ("Voir plus d'articles", K.NAVIGATION),
    ("View all (4)", K.NAVIGATION),
    # A notice that opens with the copyright mark, a year or none (an agency's item line).
    ("© dpa-infocom, dpa:240516-99-53606/3 (dpa)", K.COPYRIGHT),
    ("© The Harbour Gazette", K.COPYRIGHT),
    # A related heading with its ellipsis, a site's "more great stories", a prompt to write
    # in, and a label with a bare web address (a podcast's or an app's link).
    ("You may also like...", K.RELATED_LINKS),
    ("More Great Gazette Stories", K.RELATED_LINKS),
    ("Tell us what YOU think...", K.COMMENT_PROMPT),
    ("iTunes: http://example.com/harbour-podcast", K.NAVIGATION),
    # An ad's button to skip it, and a row of share buttons labelled with their networks.
    ("Passer la publicité", K.ADVERTISEMENT),
    ("Werbung überspringen", K.ADVERTISEMENT),
    ("Share to Facebook Facebook Share to Twitter Twitter Share to Email Email", K.SOCIAL_SHARE),
    ("Facebook Twitter WhatsApp E-Mail", K.SOCIAL_SHARE),
    ("Sharing Buttons", K.SOCIAL_SHARE),
]
STORY_SENTENCES_WITH_THOSE_WORDS = [
    "Readers who subscribe to the paper continue to read it in print.",
    "The council said residents could subscribe to updates to keep reading about the works.",
    "The regulator said the firm must develop and improve services for rural customers.",
    "Precise geolocation data can reveal where a person lives, the watchdog warned.",
    "Investigators said the phones' identifiers could be read by the police.",
    "The court ruled that consent to cookies must be as easy to refuse as to give.",
    "The minister's comments do not reflect the views of the government, a spokesman said.",
    "The views expressed by the protesters were not shared by the council.",
    "Los comentarios del ministro son su responsabilidad, dijo el portavoz.",
    "Police asked witnesses to share their videos of the crash with detectives.",
    "Residents were affected by the flooding, the council said.",
    "首相はこのニュースをシェアした投稿者を批判した。",
    "The ministry posted the video at https://twitter.com/ministry on Monday.",
    "Der Minister wollte den Bericht am Dienstag nicht kommentieren.",
    "Die Demonstration war nicht angemeldet, sagte eine Sprecherin der Polizei.",
    "Le ministre n'a pas souhaité commenter cette décision.",
    "El portavoz declinó comentar la noticia.",
    "関連記事によると、市は来月にも計画を発表する。",
    "Ähnliche Themen beschäftigten den Rat schon im vergangenen Jahr.",
    "Mehr als 100 Menschen starben bei dem Anschlag:",  # a list follows
    "Mehr als 100 Menschen starben, wie Sie hier lesen können:",
    "ユーザーがログインする際に、パスワードを入力する必要がある。",
    "Er war bereits Kunde der Bank, sagte die Polizei.",
    "Il était déjà abonné au journal depuis vingt ans.",
    "Die Nutzer teilen diesen Artikel gern, sagte er.",
    "Results vary widely across the states, the study found.",
    "Doctors told patients to consult their physician before travelling abroad.",
    "The minister said the report was meant for internal purposes only.",
    "Influencers must say when a post contains affiliate links, the regulator said.",
    "The regulator said influencers use affiliate links without saying so.",
    "Weiterlesen wollte er nach der ersten Seite nicht.",
    "Continue reading the report, he told the committee.",
    "You are here for a reason, the coach told his players.",
    "Zum Inhalt springen wollte der Minister nicht.",
    "本文へ戻る話はなかった。",
    "Auditors found an error in the count, and officials ordered a recount.",
    "Report an error in your tax return and the fine is waived, the agency said.",
    "Fehler gefunden hatten die Prüfer schon im Vorjahr.",
    "Inhalt des Berichts war zunächst nicht bekannt.",
    "The contents of the letter were not made public.",
    "On this page of the report, the auditors list the missing funds.",
    "See more articles like this one, the editor told the newsroom.",
    "Facebook, Twitter and LinkedIn were fined by the regulator.",
    "Passer la publicité à la télévision coûte cher, dit-il.",
    "The © sign was first printed on a map of the harbour, the museum says.",
    "(c) the council must publish its accounts every spring.",
    "Copyright holders sued the harbour authority over the photographs.",
    "More great stories are coming, the editor told the newsroom.",
    "Tell us what you think of the plan, the mayor asked the fishermen.",
    "The address is: www.example.com/harbour and the form is on page two.",
    "该公司发布免责声明后，股价下跌了百分之五。",
    "骗子让受害人扫描二维码后转账，警方提醒市民注意。",
    "他在微信公众号上发文称，公司将裁员。",
    "警方公布了举报电话，鼓励市民提供线索。",
    "警方称，嫌疑人用他人账号登录了系统。",
]


@pytest.mark.issue(20)
@pytest.mark.parametrize(("line", "kind"), CUES_BEYOND_ENGLISH)
def test_furniture_beyond_english_has_its_kind(line: str, kind: BoilerplateKind) -> None:
    assert boilerplate_kind(line) is kind


@pytest.mark.issue(20)
@pytest.mark.parametrize("line", STORY_SENTENCES_WITH_THOSE_WORDS)
def test_story_sentences_with_the_cues_words_are_no_furniture(line: str) -> None:
    assert boilerplate_kind(line) is None


@pytest.mark.issue(20)
def test_a_long_story_sentence_about_ad_blockers_is_judged_as_text() -> None:
    """The cue names it, but a long line without a word to the reader is a story's."""
    from wirewatch.clean import clean_text

    sentence = (
        "Millions of people now use ad blockers on their phones and laptops, according to a "
        "study that the trade association of the country's publishers released on Tuesday."
    )
    story = [
        "The publishers' association said on Tuesday that advertising income had fallen for "
        "the third year in a row, and that smaller newspapers were hit hardest of all.",
        sentence,
        "Its chairman said the papers would ask readers for subscriptions instead, and that "
        "several of them had already seen their numbers of subscribers rise this year.",
    ]
    assert sentence in clean_text("\n\n".join(story) + "\n").paragraphs


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Share Adjust Comment Print", K.SOCIAL_SHARE),  # Postmedia's toolbar
        ("Print Email Share", K.SOCIAL_SHARE),
        ("Save more money on the ferry", None),
    ],
)
def test_a_toolbar_of_button_labels_is_furniture(line: str, kind: BoilerplateKind | None) -> None:
    assert boilerplate_kind(line) is kind


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("MeistgelesenEmpfohlen", BoilerplateKind.RELATED_LINKS),
        ("Most ReadMost Shared", BoilerplateKind.RELATED_LINKS),
        ("Top StoriesMost Read", BoilerplateKind.RELATED_LINKS),
        ("NewsletterAbonnieren", BoilerplateKind.NEWSLETTER),
    ],
)
def test_a_row_of_tab_labels_run_together_is_furniture(line: str, kind: BoilerplateKind) -> None:
    """A renderer glues a tab row's labels, small letter against capital; each label is
    looked up alone."""
    assert boilerplate_kind(line) is kind


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "line",
    [
        "DeSantis signs the bill",
        "McDonald's raises prices",
        "iPhone",
        "http://amzn.to/2hXWcSP",
        "Most ReadThe council approved the new budget for the harbour on Tuesday night",
    ],
)
def test_words_with_a_capital_inside_are_no_tab_row(line: str) -> None:
    assert boilerplate_kind(line) is None


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to continue reading",
        "Subscribe to read more",
        "Continue reading with a subscription",
        "To continue reading, subscribe now.",
    ],
)
def test_a_paywalls_prompt_to_read_on_is_furniture(line: str) -> None:
    assert boilerplate_kind(line) is BoilerplateKind.PAYWALL
