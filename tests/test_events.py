"""Events as an ACLED coder would code them from texts written for these tests."""

import eventcoder
from eventcoder.ingest import document_from_text
from eventcoder.pipeline import code_document


def events(text: str, published: str = "2024-03-12"):
    return eventcoder.code(text, published=published).events


def day(text: str, published: str = "2024-03-12") -> str | None:
    """The day of the first event coded from text."""
    return events(text, published)[0].event_date


def test_a_written_date_beats_yesterday():
    (e, *_) = events("Gunmen killed two guards in Quetta yesterday (10/03).")
    assert e.event_date == "2024-03-10"


def test_a_filing_dateline_is_not_the_day_of_the_event():
    (e, *_) = events("Quetta, Mar 12 (APP) -- Gunmen killed two guards on Sunday.")
    assert e.event_date == "2024-03-10"


def test_the_day_a_statement_was_made_is_not_the_day_of_the_event():
    report = eventcoder.code("Two brothers were found shot dead in a farmhouse outside Fresno, the sheriff's office "
                             "said Monday. Deputies were called to the house late on Saturday.", published="2024-03-12")
    assert report.events[0].event_date == "2024-03-09"
    assert [c.date for c in report.claims if c.outcome == "killed"] == [None]


def test_a_count_dated_years_before_the_report_is_history():
    (e, *rest) = events("On 3 March 2024, students marched in Lviv against the arrest of an activist. He was "
                        "charged after a man who attacked him was shot dead in Odesa on 14 June 2021.")
    assert e.event_date == "2024-03-03" and not rest


def test_a_bomber_counted_apart_adds_to_the_toll():
    (e, *_) = events("A suicide bomber blew up his car outside a court in Mardan. In addition to the bomber, at least "
                     "six people were killed and 20 wounded.")
    assert e.fatalities == 7
    # a toll as reported stands when the report does not set the bomber apart (ACLED codes it so)
    (e, *_) = events("Six people were killed and 20 wounded when a suicide bomber blew up his car outside a court.")
    assert e.fatalities == 6


def test_the_day_someone_was_charged_is_not_the_day_of_the_killing():
    assert day("A man was charged Monday in the death of his neighbour, who was shot on Saturday "
               "night outside their building.") == "2024-03-09"
    assert day("Family and friends remembered Monday a boy who was shot outside his school on "
               "Saturday.") == "2024-03-09"
    # an arrest itself is dated by its day
    (e, *_) = events("Police arrested four suspects on Monday in a raid on a workshop.")
    assert e.event_date == "2024-03-11"
    # nor the day a suspect was caught, whether or not the report counts the arrest first
    assert day("Police apprehended a suspect early Monday in a shooting that left a woman dead. The "
               "shooting happened around 4 p.m. Sunday in a parking lot.") == "2024-03-10"
    assert day("A 30-year-old man is in custody in the shooting of a toddler. He was arrested Monday "
               "afternoon. Families had gathered for a cookout on Saturday when the girl was shot.") == "2024-03-09"


def test_the_day_of_a_briefing_or_a_hospitals_word_is_not_the_day_of_the_event():
    assert day("The police chief said during a news briefing late Monday that two men died. The "
               "shooting began just before 9 p.m. Sunday at a bar.") == "2024-03-10"
    assert day("A boy was shot in the leg at a park. He was listed Monday in stable condition. "
               "Officers were called to the park on Saturday evening.") == "2024-03-09"


def test_a_pages_time_stamp_is_not_the_day_of_the_event():
    (e, *_) = events("March 12, 2024 7:26 AM\n\nA boy is dead after a shooting in the north of the city.\n\nIt happened "
                     "around 7:30 Monday night on a busy avenue.")
    assert e.event_date == "2024-03-11"
    # wherever the page puts it
    assert day("Two Hurt In Sunday Shooting Posted: Monday, March 11, 2024 10:40 AM EDT Officers are "
               "looking into a shooting that happened at 5:30 PM Sunday, March 10th near a school. "
               "Two men were shot.", "2024-03-11") == "2024-03-10"


def test_history_is_never_an_event():
    evs = events("Police said three traders were shot dead in Peshawar on Monday. "
                 "Last year, gunmen killed forty pilgrims near the same shrine.")
    assert len(evs) == 1 and evs[0].fatalities == 3


def test_an_earlier_day_told_apart_is_its_own_event():
    evs = events("Saturday's bombing in Quetta killed 9 people. It came a day after troops killed 5 militants "
                 "in Turbat.", published="2024-03-11")
    assert [(e.event_date, e.fatalities) for e in evs] == [("2024-03-09", 9), ("2024-03-08", 5)]


def test_a_later_day_opening_its_own_sentence_in_another_town_is_its_own_event():
    evs = events("On Saturday, gunmen attacked a police station in Dera Ismail Khan, killing four policemen. On Sunday, "
                 "a roadside bomb wounded two soldiers in Bannu.", published="2024-08-05")
    assert [(e.event_date, e.location, e.fatalities, e.injured) for e in evs] == [
        ("2024-08-03", "Dera Ismail Khan", 4, None), ("2024-08-04", "Bannu", 0, 2)]


def test_two_sides_in_two_towns_are_two_events():
    evs = events("Gunmen attacked a market in Konduga on Sunday, killing 14 traders. "
                 "Troops later pursued the attackers to Bama and killed 6 insurgents.")
    assert [(e.location, e.fatalities) for e in evs][:2] == [("Konduga", 14), ("Bama", 6)]


def test_a_toll_told_of_one_of_the_towns_an_event_lists_is_that_towns():
    evs = events("Protesters gathered in Khartoum and Omdurman on Saturday to reject the coup. Security forces "
                 "opened fire, killing 3 protesters in Omdurman.")
    assert [(e.location, e.fatalities) for e in evs] == [("Khartoum", 0), ("Omdurman", 3)]
    assert evs[1].sub_event_type == "Excessive force against protesters"
    # a toll told where the towns are listed stays on the first, for the series
    evs = events("Security forces killed 3 protesters in Khartoum and Omdurman on Saturday.")
    assert [(e.location, e.fatalities) for e in evs] == [("Khartoum", 3), ("Omdurman", 0)]


def test_troopers_attacked_are_armed_men_in_a_fight():
    (e, *_) = events("Unidentified militants attacked troopers on Tuesday evening at a village in Shopian district. "
                     "Two military men were injured. Following the attack, a gunfight broke out.")
    assert (e.event_type, e.actor2) == ("Battles", "Military Forces of India")


def test_a_deadly_event_has_acled_and_ucdp_figures():
    (e, *_) = events("Police said 4 soldiers and 2 militants were killed in a clash near Bannu on Monday; "
                     "hospital officials said 6 soldiers died.")
    assert e.fatalities == 6 and e.low <= e.best <= e.high and e.event_type == "Battles"
    assert e.country == "Pakistan" and e.admin1


def test_a_long_report_is_coded_in_time_that_grows_with_its_length():
    import time

    sentence = "Gunmen killed four guards near Peshawar on Sunday, police said. Villagers protested in the market. "
    started = time.process_time()
    report = eventcoder.code(sentence * 4000, published="2024-03-12")  # about 400,000 characters
    assert time.process_time() - started < 60  # seconds of CPU; a quadratic pass takes many minutes
    assert len(report.claims) == 4000


def test_others_killed_with_a_named_victim_add_to_the_toll():
    (e, *_) = events("A roadside bomb in Wana killed a tehsil official and two others on Sunday.")
    assert e.fatalities == 3
    (e, *_) = events("A district commander was killed along with two of his aides in Kohat on Sunday.")
    assert e.fatalities == 3


def test_the_last_person_noun_heads_a_compound():
    (e, *_) = events("A deputy police inspector and two suspected militants were killed in Bannu on Sunday.")
    assert e.fatalities == 3 and e.deaths_a + e.deaths_b == 3
    (e, *_) = events("A wanted gang commander and his three accomplices were killed in a raid in Larkana on Sunday.")
    assert e.fatalities == 4


def test_a_named_leader_and_his_driver_are_two_dead():
    (e, *_) = events("Party leader Dr Karim Baksh along with his driver were shot dead in Hyderabad on Sunday.")
    assert e.fatalities == 2
    (e, *_) = events("A bomb killed one monk and a policeman at an alms ceremony in Yala on Sunday.")
    assert e.fatalities == 2


def test_named_victims_with_ages_are_each_counted():
    (e, *_) = events("A bus driver, Abul Kashem, 41, and his helper, Rafiq Mia, 23, were killed when a petrol bomb "
                     "hit their bus in Comilla on Sunday.")
    assert e.fatalities == 2


def test_another_death_the_next_day_adds_to_the_toll():
    (e, *_) = events("At least seven people were killed and 16 others injured when raiders torched a bus in Feni "
                     "on Sunday. Another passenger died of burns the following day.")
    assert e.fatalities == 8


def test_a_toll_told_twice_in_the_same_words_is_not_doubled():
    (e, *_) = events("One man was killed and another injured in a shooting in Akron on Sunday. "
                     "Police said one man was killed and another injured.")
    assert e.fatalities == 1 and e.injured == 1


def test_an_event_placed_only_in_its_country_has_the_provinces_of_its_capital():
    # coded at the capital, at geo_precision 3: its admin columns are those of the point it is given
    report = eventcoder.code("On 5 March 2026, a nationwide strike shut shops across Bangladesh; police said ten "
                             "people were hurt in clashes.", published="2026-03-06")
    (event,) = report.events
    assert (event.location, event.geo_precision, event.admin1) == ("Bangladesh", 3, "Dhaka")
    assert abs(event.latitude - 23.71) < 0.1 and abs(event.longitude - 90.41) < 0.1


def test_an_event_no_place_locates_is_in_the_country_of_the_forces_that_fight_it():
    report = eventcoder.code("M23 rebels took control of the town of Bunagana on the Ugandan border after Congolese "
                             "troops withdrew, residents said.", published="2024-03-10")
    (event,) = report.events
    assert (event.country, event.geo_precision) == ("Democratic Republic of Congo", 3)
    # and the town it names is said to be missing from the gazetteer
    assert [f.text for f in report.findings if "not in the gazetteer" in f.message] == ["Bunagana"]


def test_an_event_in_a_village_called_by_its_countrys_demonym_is_in_that_country():
    # the neighbour's border beside it does not make the event stateless
    report = eventcoder.code("Mortar rounds hit a gathering of elders in the small Pakistani village of Kot Shehzai "
                             "near the Afghan border on Tuesday, killing nine people.", published="2024-03-10")
    (event,) = report.events
    assert (event.country, event.geo_precision) == ("Pakistan", 3)


def test_a_country_that_only_says_where_an_unknown_village_lies_gives_no_province():
    # the gazetteer lacks the village, or the report names only a part of the country: the event is somewhere in
    # Pakistan, not in Islamabad
    for text in ("a landmine injured six children on a school bus in Khwarobai Kalay, Pakistan.",
                 "the body of a contractor was found in Degan village, Pakistan.",
                 "a bomb exploded outside a police officer's home in northwestern Pakistan.",
                 "two bombs damaged a bank in the Wadh area of Pakistan.",
                 "a local politician was shot dead in Pakistan's Kojak Pass."):
        (event,) = eventcoder.code("On 5 March 2026, " + text, published="2026-03-06").events
        assert (event.country, event.location, event.geo_precision, event.admin1) == ("Pakistan", "Pakistan", 3, ""), text


def titled(text: str, title: str, published: str = "2026-03-06"):
    """The report on a text that comes with a headline."""
    return code_document(document_from_text(text, id="t", published=published, title=title))


def test_the_headline_places_an_event_the_text_places_nowhere():
    report = titled("A woman was taken to hospital after her teenage son accidentally fired a handgun in the parking "
                    "lot of a store on Thursday night, police said.",
                    "Teen accidentally shoots mom in Evansville parking lot")
    (e, *_) = report.events
    assert (e.location, e.admin1, e.country) == ("Evansville", "Indiana", "United States")
    assert any(f.kind == "location" and "headline" in f.message and f.text == "Evansville" for f in report.findings)
    # the headline's town refines the province the text names, not another province's
    report = titled("A boy was wounded when a gun went off at a home in southern Indiana on Friday.",
                    "Boy, 9, hurt in accidental shooting in Evansville")
    assert (report.events[0].location, report.events[0].admin1) == ("Evansville", "Indiana")
    # a headline in title case: its reporting words are no part of the city's name before them
    report = titled("One victim was taken to Regions Hospital. The other died at the scene.",
                    "Teen Killed, Another Wounded In Kansas City Shooting")
    assert (report.events[0].location, report.events[0].admin1) == ("Kansas City", "Missouri")
    # a place the text names stays the place
    report = titled("A man was shot dead outside a bar in Dayton, Ohio, on Friday.", "Shooting in Evansville")
    assert report.events[0].location == "Dayton"
    assert not any("headline" in f.message for f in report.findings)


def test_the_headline_gives_the_tolls_the_text_never_counts():
    report = titled("Police are looking for two men seen running from a house party on Elm Street early Sunday. "
                    "Anyone with information is asked to call the tip line.", "1 dead, 4 wounded in house party shooting")
    (e, *_) = report.events
    assert (e.fatalities, e.injured, e.best) == (1, 4, 1)
    told = [c for c in report.claims if c.qualifier == "headline"]
    assert sorted((c.outcome, c.count) for c in told) == [("injured", 4), ("killed", 1)]
    assert sum(f.kind == "headline" for f in report.findings) == 2
    # a toll the text gives stands; the headline adds only what the text never counts
    report = titled("A man was shot dead outside a bar on Friday night.", "2 killed, 3 hurt in bar shooting")
    (e, *_) = report.events
    assert (e.fatalities, e.injured) == (1, 3)


def test_headline_grammar_is_read_as_a_sentence_for_its_tolls():
    body = "Detectives asked anyone who saw a dark sedan on Maple Avenue late Saturday to call them."

    def tolls(title: str) -> tuple[int, int | None, list[str]]:
        report = titled(body, title)
        return report.events[0].fatalities, report.events[0].injured, [
            c.words for c in report.claims if c.qualifier == "headline"]

    # no article, no auxiliary, every word capitalised: one teen was shot to death
    assert tolls("Teen Shot To Death In Riverside Apartment") == (1, None, ["Teen"])
    assert tolls("Harbor High student killed in parking lot")[:2] == (1, None)
    assert tolls("17-year-old shot, killed outside corner store")[:2] == (1, None)
    assert tolls("Police ID man killed in Saturday shooting")[:2] == (1, None)
    # one who died after being shot is dead, not also wounded
    assert tolls("UPDATE: Man dies after being shot on Maple Avenue")[:2] == (1, None)
    assert tolls("Boy wounded by stray bullet on Maple Avenue")[:2] == (0, 1)
    assert tolls("Boy, 12, fatally shot on Maple Avenue")[:2] == (1, None)
    assert tolls("Winona police: Victim of Saturday shooting died Monday")[:2] == (1, None)
    # a person named without an article after the killing word, or after "the killing of"
    assert tolls("Stray bullet kills retired teacher's grandson")[:2] == (1, None)
    assert tolls("Neighbors mourn after shooting that killed Maple Avenue teen")[:2] == (1, None)
    assert tolls("Two held in killing of Maple Avenue grandmother")[:2] == (1, None)
    # the subject of an active verb did not die: the people after it did
    assert tolls("Gunman killed two people at Maple Avenue bar")[:2] == (2, None)
    assert tolls("Boy shot by brother, 6, on Maple Avenue")[:2] == (0, 1)
    assert tolls("Maple Avenue boy, 4, shoots self with grandfather's pistol")[:2] == (0, 1)
    assert tolls("12-Year-old Hit by Stray Bullet While Skateboarding on Maple Avenue")[:2] == (0, 1)
    # a shooting death is one death at least
    assert tolls("Man charged in Maple Avenue shooting death")[:2] == (1, None)
    # a headline with its count or its article reads as before
    assert tolls("2 teens shot on Maple Avenue")[:2] == (0, 2)
    assert tolls("Shooting on Maple Avenue under investigation")[:2] == (0, None)


def test_a_town_takes_the_province_the_report_gives_of_two_that_stand_for_each_other():
    # Bara lies in the tribal areas, which joined Khyber Pakhtunkhwa: reports file it under either
    (e, *_) = events("A bomb went off at a school in Bara, Khyber Pakhtunkhwa, on Sunday, wounding two guards.")
    assert (e.location, e.admin1) == ("Bara", "Khyber Pakhtunkhwa")
    (e, *_) = events("A bomb went off at a school in Bara, Federally Administered Tribal Areas, on Sunday.")
    assert (e.location, e.admin1) == ("Bara", "Federally Administered Tribal Areas")
    # a province that does not stand for the town's is no reason to move it
    (e, *_) = events("A bomb went off at a school in Bara, Punjab, on Sunday.")
    assert e.admin1 != "Punjab" or e.location != "Bara"


def test_a_datelines_date_is_when_the_story_was_filed_and_what_its_weekdays_count_from():
    assert day("AKRON (May 9, 2024) – A man died after officers answered calls of shots fired late "
               "Wednesday night.", "2024-05-09") == "2024-05-08"
    # a page published long after the story still counts the story's weekdays from its dateline
    assert day("DAYTON, OH (March 6, 2024): Detectives ask for help on a Tuesday morning shooting that "
               "wounded three men.", "2025-01-10") == "2024-03-05"


def test_the_day_before_a_verb_of_saying_is_not_the_day_of_the_event():
    assert day("Authorities Saturday said two men were killed when a gunman opened fire at a party. "
               "Shots rang out just before 10 p.m. Friday.", "2024-03-10") == "2024-03-08"
    # nor the day the police named a victim
    assert day("Police on Friday identified a 17-year-old boy killed in a double shooting in the city's northeast "
               "Thursday night.", "2024-03-09") == "2024-03-07"


def test_the_day_an_ongoing_action_began_is_not_the_day_reported():
    assert day("Contract workers have held a sit-in before the plant's main gate since Tuesday, "
               "demanding five months of unpaid wages.", "2024-03-15") == "2024-03-15"


def test_a_location_is_named_without_transliteration_marks():
    # GeoNames writes an ayn or a soft sign with a mark ACLED's names leave out
    from eventcoder.pipeline import code

    assert code("A car bomb killed 5 in Afrin, northwest Syria.").events[0].location == "Afrin"
    assert code("Ukrainian drones hit an oil refinery in Ryazan on Sunday.").events[0].location == "Ryazan"


def test_a_toll_across_the_cities_a_report_lists_is_divided_among_them():
    report = eventcoder.code("Russian missiles and drones struck Kyiv, Lviv and Dnipro overnight, killing at least "
                             "nine people across the three cities, officials said.", published="2024-03-10")
    assert [(e.location, e.fatalities) for e in report.events] == [("Kyiv", 3), ("Lviv", 3), ("Dnipro", 3)]


def test_a_filing_city_that_stands_for_a_village_the_gazetteer_lacks_is_near_it_and_said():
    report = eventcoder.code("MAIDUGURI, Nigeria (AFP) - Jihadists killed 12 farmers near the village of Koshobe on "
                             "Saturday, militia leaders told AFP.", published="2024-03-10")
    (event,) = report.events
    assert (event.location, event.geo_precision) == ("Maiduguri", 2)
    assert any(f.text == "Koshobe" for f in report.findings)
    # an American town given with its state is where its story happened
    report = eventcoder.code("FLAGSTAFF, Ariz. (AP) -- A student was shot dead outside Mountain View Hall on "
                             "Friday, police said.", published="2024-03-10")
    assert (report.events[0].location, report.events[0].geo_precision) == ("Flagstaff", 1)
