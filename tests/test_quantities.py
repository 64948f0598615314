from eventcoder.recognize.quantities import find_quantities, parse_number


def values(text: str) -> list[tuple[str, int, int, int, str | None]]:
    return [(q.span.text, q.value, q.low, q.high, q.qualifier) for q in find_quantities(text)]


def test_digits_and_number_words_with_spans():
    text = "Gunmen killed 17 guards and twenty-five villagers; 1,200 fled."
    found = find_quantities(text)
    assert [q.value for q in found] == [17, 25, 1200]
    assert text[found[1].span.start:found[1].span.end] == "twenty-five"


def test_vague_amounts_follow_coding_conventions():
    got = {v[0].lower(): v[1] for v in values("a dozen shops, dozens of people, scores of homes, hundreds of men")}
    assert got == {"a dozen": 12, "dozens of": 12, "scores of": 20, "hundreds of": 100}


def test_ranges_give_low_and_high():
    assert values("10 to 12 people")[0][1:4] == (10, 10, 12)
    assert values("10-12 people")[0][1:4] == (10, 10, 12)
    assert values("between three and five soldiers")[0][1:4] == (3, 3, 5)


def test_qualifiers_bound_the_count():
    assert values("at least 25 people")[0][1:] == (25, 25, 25, "at least")
    assert values("more than 20 people")[0][2] == 21
    low, high = values("nearly 40 people")[0][2:4]
    assert low < 40 and high == 40
    assert values("up to 8 people")[0][3] == 8
    low, high = values("about 100 people")[0][2:4]
    assert low < 100 < high


def test_years_times_ages_and_days_of_month_are_not_counts():
    assert values("In 2015 at 10:30 pm a 12-year-old boy was hurt on 9 May and on May 4") == []


def test_parse_number():
    assert parse_number("one hundred and twenty") == 120
    assert parse_number("three thousand") == 3000
    assert parse_number("ninety-nine") == 99
    assert parse_number("umpteen") is None


def test_ages_after_full_names_and_the_emergency_number_are_not_counts():
    assert values("Marcus Bell Jr., 27, of Eastside died at the scene.") == []
    assert values("Tanya Reed, 34 and Omar Reed, 36 were shot at their home.") == []
    assert values("Neighbours made a 911 call; others called 911 too.") == []
    assert values("A teen boy, 15, was shot on the porch; the driver, 34, was unhurt.") == []
    assert [v for _, v, *_ in values("Two boys, 9 and 14 years old, were wounded.")] == [2]
    # a count after a sentence's opening word is still a count
    assert [v for _, v, *_ in values("Later, 12 were killed and 3 of them were children.")] == [12, 3]
