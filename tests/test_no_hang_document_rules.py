"""A dump made of many copies of the shape one document rule looks for costs time in its
lines, not their square (hang guards).

Each case runs in a child process with a wall bound and no time budget: the bound only
catches a hang (the quadratic reading took minutes on these dumps), it asserts no speed."""

from __future__ import annotations

import textwrap

from hang_guard import run_in_child

# A page whose article is paragraphs each over a byline, then the site's footer: the
# whole run after the last paragraph was read by `trailing_teasers` with list membership
# tests, growing with the square of the run (10,000 pairs 2 s, 40,000 27 s of CPU on
# main 4b26846; 100,000 over the bound).
_BYLINES_UNDER_PARAGRAPHS = textwrap.dedent(
    """
    import random
    import sys
    from articleclean import Cleaner

    words = "city council budget plan water school river market police storm".split()
    names = ["John Smith", "Maria Lopez", "Anna Berg", "Peter Olsen", "David Chen"]
    r = random.Random(1)

    def paragraph(i):
        return (
            f"The {' '.join(r.choice(words) for _ in range(3))} in district {i} said on"
            f" Monday that the {' '.join(r.choice(words) for _ in range(4))} would be"
            f" ready by {2000 + i % 30}, officials said."
        )

    lines = ["Home", "News", "Sport", "Council approves new water budget plan", "By Jane Doe"]
    lines += ["March 3, 2021"] + [paragraph(-k) for k in range(3)]
    for i in range(int(sys.argv[1])):
        lines += [paragraph(i), "By " + r.choice(names)]
    lines += [paragraph(-9), "Contact us", "Privacy policy"]
    article = Cleaner(time_budget=None).clean_text("\\n\\n".join(lines))
    print(article.status, article.metadata["dump"], len(article.removed) > 0)
    """
)


def test_a_page_of_paragraphs_each_over_a_byline_is_no_hang() -> None:
    done = run_in_child(_BYLINES_UNDER_PARAGRAPHS, "100000", check=True)
    assert done.stdout.split() == ["ok", "page", "True"]
