"""Story cards and an article's paragraphs for the HTML card tests (invented)."""

CARDS = (
    (
        "Storm knocks out power to thousands in the north",
        "Crews worked through the night to restore electricity after high winds brought "
        "down lines across three counties.",
    ),
    (
        "Local bakery wins national bread award",
        "The family-run shop on Main Street took first prize for its sourdough at the "
        "competition in the capital.",
    ),
    (
        "School board approves new bus routes",
        "Children in the eastern suburbs will have shorter rides from September under the "
        "plan adopted on Monday.",
    ),
    (
        "Football club signs young striker from abroad",
        "The 19-year-old forward joins on a three-year contract and could play in Saturday's "
        "home game.",
    ),
)

POOL = (
    "The city council voted on Tuesday to close the old swimming pool on Elm Street after "
    "engineers found cracks in its roof and walls that would cost millions to repair.",
    "Residents who use the pool every morning said they were disappointed and asked the "
    "council to build a new one before the old pool shuts at the end of the summer.",
    "The mayor said a new pool was planned near the high school, and that swimmers could "
    "use the university's pool at a reduced price until then under a new agreement.",
)


# The article's own sections, each a heading and its text about the pool: the shape of
# the cards, on the article's topic (what the card rules must leave).
POOL_SECTIONS = (
    (
        "What the engineers found in the old pool",
        "The engineers found cracks in the pool's roof and in the walls of its "
        "changing rooms, and the council closed the old pool's gallery.",
    ),
    (
        "What the pool's morning swimmers say",
        "The morning swimmers asked the council to keep the old pool open until "
        "the new pool is built near the high school.",
    ),
    (
        "Where the council will build the new pool",
        "The council will build the new pool near the high school, on land the "
        "city bought from the university for the swimmers.",
    ),
)
