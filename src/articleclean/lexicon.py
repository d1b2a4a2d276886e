"""Word lists and patterns that readers and rules share, kept in one place.

Neither side owns them: the HTML reader records exactly the class/id words
the rules read, and two rules that recognise the same thing (a heading tag,
a month name) read the same list.
"""

from __future__ import annotations

CAPTION_WORDS = frozenset(
    {
        "caption",
        "figcaption",
        "wp-caption-text",
        "image-caption",
        "photo-caption",
        "credit",
        "photo-credit",
        "image-credit",
        "media-caption",
        "caption-text",
        "bildunterschrift",
    }
)
RELATED_WORDS = frozenset(
    {
        "related",
        "related-posts",
        "related-articles",
        "related-stories",
        "recommended",
        "recommendations",
        "more-stories",
        "also-read",
        "most-read",
        "trending",
        "popular",
        "recirculation",
        "mostread",
        "outbrain",
        "taboola",
    }
)
PROMO_WORDS = frozenset(
    {
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "sign-up",
        "share",
        "sharing",
        "social",
        "social-share",
        "share-buttons",
        "follow",
        "promo",
        "paywall",
        "comments",
    }
)
AD_WORDS = frozenset(
    {
        "ad",
        "ads",
        "advert",
        "advertisement",
        "adslot",
        "ad-slot",
        "ad-container",
        "sponsor",
        "sponsored",
        "dfp",
        "gpt-ad",
        "banner-ad",
    }
)
BOX_WORDS = CAPTION_WORDS | RELATED_WORDS | PROMO_WORDS | AD_WORDS
"""Every class/id word the box rules read; the HTML reader records exactly these."""

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "head"})
"""Tags of heading blocks (`head` is trafilatura's heading without a level)."""

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
"""An English month name or its abbreviation, as a regex fragment."""

MAX_LABEL_WORDS = 4
"""At most this many words before the colon of a "Read also: <link>" label."""
