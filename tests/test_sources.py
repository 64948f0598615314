from eventcoder.recognize.sources import find_sources


def names(text: str) -> list[str]:
    return [s.name for s in find_sources(text)]


def test_attribution_forms():
    assert names("Police said two died.") == ["police"]
    assert names("According to hospital officials, nine were hurt.") == ["hospital officials"]
    assert names("Nine were hurt, said police.") == ["police"]


def test_descriptions_stand_for_named_sources():
    text = ("The military's media wing said 4 were killed. The Inter-Services Public Relations (ISPR) stated "
            "that it was over.")
    assert names(text) == ["ISPR", "ISPR"]


def test_the_statement_and_it_refer_back():
    text = "The ISPR said troops attacked. The statement said 5 died. Two more were hurt, it added."
    assert names(text) == ["ISPR", "ISPR", "ISPR"]


def test_the_sources_refer_to_the_sources_named_before():
    assert names("Security sources said 3 died. The sources added that 2 were hurt.") == ["security sources"] * 2


def test_a_name_without_attribution_is_no_source():
    assert names("Police patrolled the market.") == []


def test_sources_of_wire_copy_from_any_conflict():
    assert names("Two people were killed by shelling in Taiz, medics said.") == ["hospital officials"]
    assert names("Eight fighters died, the Syrian Observatory for Human Rights said.") == ["monitors"]
    assert names("The attack killed 46 worshippers, a local official said.") == ["officials"]
    assert names("Nine civilians were killed, the health ministry said.") == ["hospital officials"]
    assert names("According to the UN humanitarian office, 40,000 people fled.") == ["United Nations"]
    # a country's military by its name or its people's, state media, lawmakers, doctors' groups, a coalition
    assert names("Six militants were killed, the Iraqi military said.") == ["military"]
    assert names("Drones damaged grain silos, Ukraine's military said.") == ["military"]
    assert names("The strike killed two people, Lebanese state media said.") == ["state media"]
    assert names("Gunmen killed 15 worshippers, a local lawmaker said.") == ["government"]
    assert names("Fighting killed 23 people, a doctors' group said.") == ["hospital officials"]
    assert names("Air defences intercepted the missile, the Saudi-led coalition said.") == ["military"]
