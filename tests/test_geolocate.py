"""Event location: where the event happened, with ACLED geo_precision, never where words were spoken."""

from __future__ import annotations

import pytest

import eventcoder
from eventcoder.geolocate import locate_event
from eventcoder.recognize.places import find_places


def where(text: str) -> tuple[str, str]:
    """The location and province of the report's first event."""
    (event, *_) = eventcoder.code(text).events
    return event.location, event.admin1


def locate(text: str, start: int = 0, end: int | None = None):
    return locate_event(text, find_places(text), start, len(text) if end is None else end)


def test_the_town_itself_is_precision_1():
    ((m, prec),) = locate("Gunmen killed two policemen in Quetta, Balochistan, on Monday.")
    assert m.place.name == "Quetta" and prec == 1


def test_near_a_town_is_precision_2():
    (m, prec), *_ = locate("A roadside bomb exploded near Mastung, wounding three soldiers.")
    assert m.place.name == "Mastung" and prec == 2


def test_district_is_precision_2_at_its_seat():
    (m, prec), *_ = locate("Militants attacked a checkpost in Lakki Marwat district.")
    assert m.place.feature == "admin2" and prec == 2
    assert abs(m.place.latitude - 32.61) < 0.05 and abs(m.place.longitude - 70.91) < 0.05


def test_an_agency_named_as_a_whole_is_placed_at_its_centre_not_at_its_headquarters():
    # GTD codes an event known only by its district at the district's centre; Parachinar, Kurram's seat,
    # lies at the agency's north-western edge, some 30 km from it
    (agency, prec), *_ = locate("Militants blew up a girls' school in Kurram Agency, Pakistan.")
    (town, _), *_ = locate("Militants blew up a girls' school in Parachinar, Pakistan.")
    assert (agency.place.name, agency.place.feature, prec) == ("Kurram", "admin2", 2)
    assert town.place.name == "Parachinar"
    assert 33.6 < agency.place.latitude < 33.8 and 70.2 < agency.place.longitude < 70.4
    assert abs(town.place.latitude - 33.9) < 0.05 and abs(town.place.longitude - 70.1) < 0.05


def test_a_district_of_unknown_size_is_precision_2_at_its_seat():
    (m, prec), *_ = locate("Gunmen opened fire on labourers in the Parom area of Panjgur district, Balochistan, Pakistan.")
    assert m.place.name == "Panjgur" and m.place.feature == "admin2" and prec == 2
    assert abs(m.place.latitude - 26.97) < 0.1 and abs(m.place.longitude - 64.09) < 0.1


def test_a_district_without_a_member_town_sits_at_the_town_of_its_other_name():
    # GeoNames lists no town inside Bossaso district; one of its names, "Bosaso District", is its seat's
    (m, prec), *_ = locate("Gunmen attacked a checkpoint in Bossaso district, Bari, on Tuesday.")
    assert m.place.name == "Bossaso" and m.place.feature == "admin2" and prec == 2
    assert abs(m.place.latitude - 11.28) < 0.1 and abs(m.place.longitude - 49.18) < 0.1


def test_a_district_sits_at_the_town_of_a_spelling_of_its_name():
    # GeoNames' Svietlahorsk district has no member town; its seat is Svetlogorsk, also written Svyetlahorsk
    (m, prec), *_ = locate("Workers rallied in Svietlahorsk district of the Gomel region on Saturday.")
    assert (m.place.name, m.place.feature, prec) == ("Svietlahorsk", "admin2", 2)
    assert abs(m.place.latitude - 52.63) < 0.1 and abs(m.place.longitude - 29.74) < 0.1


def test_a_region_only_event_sits_at_the_regional_capital():
    (m, prec), *_ = locate("Fighting was reported across Somalia's Bari region on Tuesday.")
    assert m.place.name == "Bari" and m.place.feature == "admin1" and prec == 3
    assert abs(m.place.latitude - 11.28) < 0.1 and abs(m.place.longitude - 49.18) < 0.1  # Bosaso


def test_a_province_whose_largest_city_is_not_its_capital_sits_at_its_capital():
    # Iraq's Diyala is governed from Baqubah, not from Khanaqin; Argentina's Buenos Aires province from La Plata,
    # not from Mar del Plata, the largest city of its own; Nigeria's Yobe from Damaturu, not from Gashua
    for text, lat, lon in (("Gunmen shot dead a police officer in Diyala province on Saturday.", 33.75, 44.64),
                           ("Pensioners marched in Buenos Aires province on Monday.", -34.92, -57.95),
                           ("Insurgents attacked a military base in Yobe State on Monday.", 11.75, 11.96)):
        (m, prec), *_ = locate(text)
        assert m.place.feature == "admin1" and prec == 3
        assert abs(m.place.latitude - lat) < 0.1 and abs(m.place.longitude - lon) < 0.1, text


def test_a_district_whose_seat_the_extracts_lack_stands_at_that_seat():
    # La Matanza's seat (Laferrere) is not among the gazetteer's towns; the district is there, not at its
    # province's capital 40 km away
    (m, prec), *_ = locate("Residents of the La Matanza partido blocked a road on Friday.")
    assert (m.place.name, m.place.feature, prec) == ("La Matanza", "admin2", 2)
    assert abs(m.place.latitude - -34.75) < 0.1 and abs(m.place.longitude - -58.58) < 0.1


def test_a_city_named_with_its_quarter_after_a_preposition_outranks_a_name_in_a_building():
    # "in southwest Memphis" introduces the city as the place; Richmond and Lincoln Park only name apartments
    for text in ("Two men were wounded in a shooting in southwest Memphis early Sunday outside the Richmond "
                 "Place Apartments, police said.",
                 "A teenager was shot dead in northern Memphis on Friday near the Lincoln Park Apartments."):
        (m, prec), *_ = locate(text)
        assert (m.place.name, m.place.admin1) == ("Memphis", "Tennessee"), text


def test_a_subdistrict_of_the_district_a_city_names_is_the_place():
    # "In Sunamganj" names the district by its town; the clash was in one of its upazilas, 25 km away
    (m, prec), *_ = locate("In Sunamganj, three men were hurt when two groups clashed over a pond at a village in "
                           "Chhatak upazila on Sunday.")
    assert (m.place.name, m.place.feature, prec) == ("Chhatak", "admin2", 2)
    # the city called a city stays, whatever upazila its victims came from
    (m, prec), *_ = locate("Two traders of Chhatak upazila were hurt when a bomb went off in Sunamganj town on "
                           "Sunday.")
    assert (m.place.name, prec) == ("Sunamganj", 1)
    # an upazila named in a school's name, with its district named as one
    (m, prec), *_ = locate("Rival groups clashed outside the Dumuria Pilot High School in Khulna district on Monday.")
    assert (m.place.name, m.place.feature, prec) == ("Dumuria", "admin2", 2)


def test_a_village_far_from_the_district_the_report_names_is_a_namesake():
    # Pakistan's only Ziarat in the gazetteer lies in Balochistan, 600 km from Lower Dir
    (m, prec), *_ = locate("On 4 March 2026, militants blew up a girls' school in the Maidan tehsil of Lower Dir. "
                           "Police said the bomb went off in the Ziarat Banda area before dawn.")
    assert (m.place.name, m.place.admin1, prec) == ("Lower Dir", "Khyber Pakhtunkhwa", 2)
    # a village given with its province stays, whatever district far away the report names
    (m, prec), *_ = locate("On 4 March 2026, in Panjgur, Balochistan, assailants threw a grenade at labourers, "
                           "wounding five. They were identified as Ahmad Ali and Munir Khan of Multan district.")
    assert (m.place.name, m.place.admin1, prec) == ("Panjgur", "Balochistan", 1)


def test_a_road_named_for_two_towns_in_a_province_is_placed_by_its_towns():
    (m, prec), *_ = locate("Troops defused two bombs planted along the Miramshah-Dattakhel road in the Federally "
                           "Administered Tribal Areas.")
    assert m.place.feature == "populated" and m.place.name == "Miran Shah"


def test_province_only_is_precision_3():
    (m, prec), *_ = locate("Clashes were reported across Balochistan province on Sunday.")
    assert m.place.feature == "admin1" and m.place.name == "Balochistan" and prec == 3
    assert m.place.latitude is not None


def test_statement_place_is_skipped():
    text = "The ISPR said in Rawalpindi that five soldiers were killed in an attack in Panjgur."
    (m, prec), *_ = locate(text)
    assert m.place.name == "Panjgur" and prec == 1


def test_a_state_named_only_as_where_a_person_comes_from_yields_to_the_county_of_the_story():
    from eventcoder.pipeline import code

    text = ("A California man was sentenced to two weeks in jail Tuesday for calming a quarrel with a handgun, which "
            "ended with his wife shot in the leg.\n\nThe man, 21, had pleaded guilty on Thursday to two misdemeanor "
            "charges. Other charges were dropped, and he was booked into the Deschutes County jail.\n\n"
            "The Deschutes County prosecutor had sought probation.\n\nThe man was staying in Sunriver with friends "
            "over the holiday when the quarrel broke out.")
    (event, *_) = code(text, published="2017-01-10").events
    assert event.admin1 == "Oregon"
    # a town so named stays the place: in a local story it is most often where it happened
    (event, *_) = code("A Toledo woman was shot in the leg on Sunday, police said.", published="2017-01-10").events
    assert event.location == "Toledo"


def test_only_a_statement_place_gives_no_location():
    assert locate("Officials said in Islamabad that talks would resume.") == []
    # where the attackers are believed to come from is not where they attacked
    assert locate("Two gunmen believed to be from Afghanistan ambushed a convoy in Zarkhanikot.") == []


def test_looks_in_the_sentence_first_then_falls_back_to_the_document():
    text = "Fighting continued in Kharan on Monday. Two soldiers were killed."
    second = text.index("Two")
    (m, _), *_ = locate(text, second, len(text))
    assert m.place.name == "Kharan"
    (m, _), *_ = locate("Troops were deployed in Gwadar. In Turbat, a bomb killed three.", 31)
    assert m.place.name == "Turbat"


def test_a_list_of_towns_gives_each_town():
    found = [m.place.name for m, _ in locate("Attackers struck in Quetta, Mastung and Nushki at dawn.")]
    assert found == ["Quetta", "Mastung", "Nushki"]


def test_text_with_no_place_gives_nothing():
    assert locate("Two people were injured when a gas cylinder exploded.") == []


def test_acled_style_parenthesised_location():
    (m, prec), *_ = locate("On 3 May 2020, militants attacked a levies post in Tump (Kech, Balochistan).")
    assert m.place.name == "Tump" and prec == 1
    assert m.place.admin1 == "Balochistan"


def test_a_place_the_gazetteer_lacks_is_located_by_its_units():
    (m, prec), *_ = locate("On 3 May 2020, militants attacked Qorvaxbad (Kech, Balochistan).")
    assert (m.place.name, m.place.admin1, prec) == ("Kech", "Balochistan", 2)
    (m, prec), *_ = locate("On 4 May 2020, workers of the Gafsa Phosphate Company blocked roads in Zeqqouria "
                           "(Sidi Bou Zid).")
    assert (m.place.name, m.place.feature, prec) == ("Sidi Bou Zid", "admin1", 3)
    # named with its kind before its units, as ACLED's notes do: somewhere in the district, and said
    report = eventcoder.code("On 2 May 2020, ADF rebels clashed with FARDC soldiers in Pamoli village (Beni, "
                             "Nord-Kivu), resulting in 1 soldier killed.")
    assert (report.events[0].location, report.events[0].geo_precision) == ("Beni", 2)
    assert [f.text for f in report.findings if "not in the gazetteer" in f.message] == ["Pamoli"]
    report = eventcoder.code("On 4 May 2020, Al shabaab militants attacked a base in Ceel Salini settlement (Afgooye, "
                             "Lower Shabelle).")
    assert (report.events[0].location, report.events[0].geo_precision) == ("Afgooye", 2)
    assert [f.text for f in report.findings if "not in the gazetteer" in f.message] == ["Ceel Salini"]
    # (a town named with its kind is the place: "Beni town (Beni, Nord-Kivu)")
    (m, prec), *_ = locate("On 2 May 2020, ADF rebels attacked Beni town (Beni, Nord-Kivu).")
    assert (m.place.name, prec) == ("Beni", 1)


def test_a_town_missing_from_the_named_province_gives_the_province():
    (m, prec), *_ = locate("On 2 May 2020, in Benito Juarez, Nuevo Leon, a man was shot dead.")
    assert m.place.admin1 == "Nuevo Leon"


def test_a_well_known_town_far_from_the_province_its_report_names_stands():
    # ACLED codes the town where its report misnames the province; a quarter of a named city keeps the province
    (m, prec), *_ = locate("On 5 May 2020, in Puerto Natales (Los Lagos), firefighters protested against cuts.")
    assert (m.place.name, m.place.admin1, prec) == ("Puerto Natales", "Magallanes", 1)
    (m, _), *_ = locate("An arson attack targeted a student dormitory in Gediz, Istanbul.")
    assert (m.place.name, m.place.admin1) == ("Gediz", "Kütahya")
    (m, _), *_ = locate("Assailants torched a bus at Mohammadpur in Dhaka city on Monday morning.")
    assert m.place.admin1 == "Dhaka"
    # a town named in several words, the one so named anywhere, is as telling as a large one, however small
    # the gazetteer says it is
    (m, prec), *_ = locate("Rockets hit a girls' school in Landi Kotal, Punjab, Pakistan, on Tuesday.")
    assert (m.place.name, prec) == ("Landi Kotal", 1)


def test_a_city_of_millions_put_in_the_wrong_country_is_the_city():
    # no place of the named country bears the name; a respelling there (Gujarat's Karachiya) is not the city
    (m, prec), *_ = locate("A grenade was thrown into a crowded bus terminal in Karachi, India, on Sunday.")
    assert (m.place.name, m.place.admin1, prec) == ("Karachi", "Sindh", 1)
    # a town that is not a city of that size stays unplaced rather than moved abroad
    assert not [m for m, _ in locate("Gunmen shot a shopkeeper in Azizabad, India.") if m.place.name == "Azizabad"]


def test_a_common_name_or_a_district_far_from_the_named_province_gives_the_province():
    # many towns are called Villa Nueva; the gazetteer's Castilla is a district of another region
    (m, _), *_ = locate("Neighbours banged pots in protest around Villa Nueva (Mendoza) on Friday night.")
    assert m.place.admin1 == "Mendoza"
    (m, _), *_ = locate("Street sweepers marched in Castilla, Piura, to demand protective gear.")
    assert m.place.admin1 == "Piura"


def test_the_head_of_a_chain_not_its_district():
    (m, prec), *_ = locate("Teachers demonstrated in Libreville city (Komo-Mondah, Estuaire) on Monday.")
    assert m.place.name == "Libreville" and prec == 1


def test_a_site_named_for_a_town_and_given_in_its_district_is_in_the_town():
    (m, prec), *_ = locate("Ten gunmen attacked Mashkai Police Station in Awaran district, Balochistan, Pakistan.")
    assert (m.place.name, prec) == ("Mashkai", 1)
    # a road named for another town runs through the district: the district is the place
    (m, _), *_ = locate("Assailants hurled a petrol bomb at a bus on the Dhaka-Chittagong Highway in Chandina upazila.")
    assert m.place.name == "Chandina"


def test_a_town_given_with_its_district_in_a_second_phrase_is_still_the_place():
    # "in Bara, in the Khyber district of ...": the district, given with its country, qualifies the town
    (m, prec), *_ = locate("On Friday, in Bara, in the Khyber district of Pakistan, gunmen abducted a teacher.")
    assert (m.place.name, prec) == ("Bara", 1)


def test_a_place_introduced_by_a_preposition_comes_first():
    (m, _), *_ = locate("Employees of the Quetta Electric Supply Company protested in Turbat.")
    assert m.place.name == "Turbat"


def test_a_district_standing_alone_and_residents_of_a_town():
    (m, prec), *_ = locate("Militants were killed in an operation in Spinkhwarakot, North Waziristan.")
    assert m.place.name == "North Waziristan" and m.place.feature == "admin2" and prec == 2
    (m, _), *_ = locate("Residents of Meerut held a protest after a speech.")
    assert m.place.name == "Meerut"
    assert locate("Officials said in Islamabad that talks would resume.") == []


def test_a_subdistrict_is_coded_at_its_town():
    (m, _), *_ = locate("On Sunday, in Sui tehsil of Dera Bugti, Balochistan, Pakistan, militants blew up a gas well.")
    assert m.place.name == "Sui" and m.place.admin1 == "Balochistan"
    (m, _), *_ = locate("Gunmen shot a guard in the Sui area of Dera Bugti district, Balochistan province, Pakistan.")
    assert m.place.name == "Sui"
    # a sub-district, however the report writes it, is a town's unit within the district that follows
    for text in ("Militants fired mortars on a market in Bara sub-district, Khyber Agency, Pakistan.",
                 "A pipeline was blown up in Sui subdistrict, Dera Bugti district, Balochistan, Pakistan."):
        (m, _), *_ = locate(text)
        assert m.place.feature == "populated" and m.place.name in ("Bara", "Sui"), text


def test_a_town_that_only_says_where_the_place_lies_is_not_the_place():
    (m, prec), *_ = locate("Coalition aircraft struck Sirwah district west of Marib city (Marib) on Monday.")
    assert m.place.name == "Sirwah" and prec == 2
    (m, prec), *_ = locate("A bomb went off 25 km north of Quetta on Monday.")
    assert m.place.name == "Quetta" and prec == 2
    # "in the northeast of", and the province's name in brackets after the town
    (m, prec), *_ = locate("Coalition aircraft struck Nihm district in the northeast of Sanaa (Sanaa) on Monday.")
    assert m.place.name == "Nihm" and prec == 2
    # or after what the place is, in apposition, with the distance in two units
    (m, prec), *_ = locate("Two soldiers were killed in an ambush in Kachhi, a tribal district about 100 kilometers "
                           "(60 miles) southeast of Quetta, the capital of Balochistan.")
    assert (m.place.name, m.place.feature, prec) == ("Kachhi", "admin2", 2)


def test_a_known_town_beside_a_name_the_gazetteer_lacks_is_the_place():
    (m, prec), *_ = locate("A bomb damaged a gas pipeline near Sui in Dera Bugi, Balochistan, Pakistan.")
    assert m.place.name == "Sui" and prec == 2


def test_a_town_qualified_by_a_name_the_gazetteer_lacks_or_named_with_a_site_is_the_place():
    (m, prec), *_ = locate("On Tuesday, in Dalbandin town of Chagh, Balochistan, Pakistan, gunmen threw acid on two girls.")
    assert m.place.name == "Dalbandin" and prec == 1
    # near the town's station is in the town, as outside its press club or high court is
    (m, prec), *_ = locate("A bomb was defused on the track near Larkana Railway Station, Sindh province, Pakistan.")
    assert m.place.name == "Larkana" and prec == 1
    (m, prec), *_ = locate("Activists of the Jamaat-e-Islami staged a demonstration outside the Karachi Press Club.")
    assert (m.place.name, prec) == ("Karachi", 1)
    (m, prec), *_ = locate("A rocket landed 5 km from Kandahar Airport on Friday.")
    assert (m.place.name, prec) == ("Kandahar", 2)


def test_a_town_placed_in_a_district_it_lies_just_outside_of_is_the_place():
    # Tank lies beside South Waziristan, not in it; "Khyber" here is short for Khyber Pakhtunkhwa
    (m, prec), *_ = locate("Gunmen shot dead a tribal chief in Tank, South Waziristan, Pakistan, on his way home.")
    assert (m.place.name, prec) == ("Tank", 1)
    (m, prec), *_ = locate("A girls' school in Charsadda, Khyber, Pakistan, was damaged by an explosive device.")
    assert (m.place.name, prec) == ("Charsadda", 1)
    # a town at its district's seat is in it, whatever the gazetteer's province: the district stands
    (m, _), *_ = locate("Explosives were detonated at a jail in Khar, Bajaur District, Pakistan.")
    assert m.place.name == "Bajaur"


def test_a_district_of_a_named_division_is_the_district():
    (m, prec), *_ = locate("Militants attacked a police station in Kathua district of Jammu division on Friday.")
    assert m.place.name == "Kathua" and prec == 2


def test_a_village_in_the_countryside_of_a_city_is_near_the_city():
    # the village is not in the gazetteer: the event is somewhere in the city's countryside, not in the city
    (m, prec), *_ = locate("On 4 May 2020, regime forces shelled Qarqafta in the southern countryside of Idleb.")
    assert m.place.name == "Idlib" and prec == 2


def test_a_town_and_its_outskirts_in_the_countryside_of_a_city_is_the_town():
    # "and its outskirts" belongs to the town: the city after it only says where the town lies
    (m, prec), *_ = locate("On 3 June 2020, artillery hit Kansafra and its outskirts in the southern countryside "
                           "of Idleb. No one was hurt.")
    assert m.place.name == "Kansafra" and prec == 1


def test_a_plural_unit_word_after_a_list_makes_each_name_a_province():
    # "Ad Dali and Taizz governorates" are two governorates, not the towns of their names
    ms = find_places("Artillery duels were reported in Ad Dali and Taizz governorates on Sunday.")
    assert [(m.place.name, m.place.feature) for m in ms] == [("Ad Dali", "admin1"), ("Taizz", "admin1")]


def test_where_the_report_says_its_event_took_place_wins():
    text = ("Power workers held a protest over the death of a lineman of the Quetta company who was working in "
            "Gwadar. The protest took place in Lahore, where workers demanded safety gear.")
    (m, prec), *_ = locate(text, 0, text.index(". ") + 1)
    assert m.place.name == "Lahore" and prec == 1
    # not a person's home: "The incident happened at Carter's home"
    (m, _), *_ = locate("A boy was shot in Fairmont on Sunday. The incident happened at Carter's home on Elm Street.")
    assert m.place.name == "Fairmont"
    # or where the coder says the event is coded, as ACLED's notes do (Kypseli is also a town of Attica's west)
    (m, _), *_ = locate("About a thousand people marched in Kypseli [coded to Athens-Central Athens] on Saturday.")
    assert m.place.name == "Athens"
    (m, _), *_ = locate("Pickets clashed with police in Maheshpur and Kotchandpur on Sunday (Geo-coordinates are for "
                        "Kotchandpur upazila).")
    assert m.place.name == "Kotchandpur"


def test_a_protest_at_a_towns_press_club_is_in_that_town():
    # the protesters' home town and the place their grievance arose are not where they gathered
    (m, prec), *_ = locate("Farmers from Okara protested in front of the Lahore Press Club against a police case "
                           "lodged over a shooting in Sialkot.")
    assert m.place.name == "Lahore" and prec == 1
    (m, _), *_ = locate("Teachers of Sopore gathered at the press club in Srinagar to demand their salaries.")
    assert m.place.name == "Srinagar"
    # a club named for another thing is no town's: "the Sialkot Cricket Club" is not a press club
    (m, _), *_ = locate("Workers rallied in Okara outside the Sialkot Cricket Club offices.")
    assert m.place.name == "Okara"


def test_a_neighbourhood_of_the_city_is_the_finer_place():
    # the city is given with its state, the neighbourhood only as one: it lies in the city, so it is where
    (m, prec), *_ = locate("On 4 June 2021, in Rio de Janeiro, Rio de Janeiro, police raided the Cidade de Deus "
                           "neighborhood and exchanged fire with gang members.")
    assert m.place.name == "Cidade de Deus" and prec == 1
    # a list of neighbourhoods, the first known, the others not: "in Cidade de Deus and Gardenia Azul neighborhoods"
    (m, _), *_ = locate("On 4 June 2021, in Rio de Janeiro, Rio de Janeiro, shoot-outs took place in Cidade de Deus and "
                        "Gardenia Azul neighborhoods.")
    assert m.place.name == "Cidade de Deus"
    # not a namesake far from the city: "the Lahore neighbourhood" of a Karachi story is no part of Karachi
    (m, _), *_ = locate("On 4 June 2021, in Karachi, Sindh, traders from the Lahore neighbourhood protested.")
    assert m.place.name == "Karachi"


def test_a_village_said_to_be_near_a_town_is_not_a_namesake_far_away():
    # "Batiala" is spelt like Batala, 180 km from Bathinda; "Kalam" is Swat's, far from Mardan
    for text, town in (("Farmers blocked a road in Batiala, a village near Bathinda, over crop losses.", "Bathinda"),
                       ("Villagers protested in Hamerapur village in Malihabad on Sunday.", "Malihabad"),
                       ("Gunmen killed a shopkeeper in Kalam, a village near Mardan, on Friday.", "Mardan")):
        (m, prec), *_ = locate(text)
        assert (m.place.name, prec) == (town, 2), text


def test_a_small_place_said_to_be_in_a_town_far_from_it_is_a_site_of_that_town():
    # Davis Park is a hamlet of New York; "at Davis Park in Danielson" is a park of the Connecticut borough
    (m, _), *_ = locate("A vigil for the teenager was held on Friday at Davis Park in Danielson.")
    assert (m.place.name, m.place.admin1) == ("Danielson", "Connecticut")


def test_the_place_is_in_the_state_the_reports_telephone_numbers_name():
    # Antioch is a quarter of Nashville the gazetteer lacks; the tip line's area code is Tennessee's
    text = ("Officers say two men exchanged gunfire outside a grocery store in Antioch late on Friday, according to the "
            "Metro Nashville Police Department.")
    (m, _), *_ = locate(text + " Tips may be given to Crime Stoppers at 615-742-7463.")
    assert (m.place.name, m.place.admin1) == ("Nashville", "Tennessee")
    # the state's place may be named outside the event's sentences: Westwood is Massachusetts' town too
    text = ("Four people were shot outside a bar in Westwood early on Sunday, police said.\n\nAnyone who saw the "
            "shooting is asked to call the Cincinnati Police Department at (513) 352-3040.")
    (m, _), *_ = locate(text, 0, text.index("\n"))
    assert (m.place.name, m.place.admin1) == ("Cincinnati", "Ohio")


def test_a_towns_bazaar_in_its_district_is_the_town():
    (m, prec), *_ = locate("Militants shot a man in Wana bazaar in South Waziristan, Pakistan.")
    assert (m.place.name, prec) == ("Wana", 1)


def test_rural_introduces_a_town_spelt_otherwise():
    text = "Opposition fighters looted wheat in Umm Dharra in rural Ras al Ain in al-Hasakeh."
    (m, prec), *_ = locate(text)
    assert m.place.admin1 == "Al-Hasakeh" and "Ayn" in m.place.name and prec == 2


def test_a_road_named_for_two_towns_is_near_its_first_unless_a_unit_places_it():
    (m, prec), *_ = locate("Protesters blocked the Imphal-Ukhrul road on Monday.")
    assert m.place.name == "Imphal" and prec == 2
    (m, prec), *_ = locate("Assailants hurled a petrol bomb at a bus on the Dhaka-Rangpur highway under "
                           "Gobindaganj upazila early today.")
    assert m.place.name == "Gobindaganj"
    # the units in brackets before the road word place it by its first end, which they contain
    (m, prec), *_ = locate("Gunmen stopped a bus on the Abeokuta-Ayetoro (Abeokuta South, Ogun) road and shot its "
                           "driver.")
    assert (m.place.name, m.relation, prec) == ("Abeokuta", "road", 2)


def test_two_towns_designated_together_are_placed_between_them_not_at_their_province():
    (m, prec), *_ = locate("Shelling hit farmland between Harim and Sarmada towns in Idleb on Friday.")
    assert m.place.name == "Harim" and prec == 2
    # written with a capital, the plural belongs to a name: "the Twin Cities" is no town called Twin (Thuin's alias)
    assert find_places("She was flown to a hospital in the Twin Cities after the crash.") == []


def test_two_towns_a_road_or_stretch_lies_between_are_one_place_not_two_events():
    located = locate("Protesters blocked the main road between Cochabamba and Santa Cruz in Bolivia on Monday.")
    assert [(m.place.name, prec) for m, prec in located] == [("Cochabamba", 2)]
    # towns listed as places of one event stay several
    located = locate("Protesters blocked roads in Cochabamba, Oruro and Potosi on Monday.")
    assert [m.place.name for m, _ in located] == ["Cochabamba", "Oruro", "Potosi"]


def test_the_hospital_the_wounded_were_taken_to_is_not_where_the_event_happened():
    # the clash was in Raipur upazila; the hospital named for Dhaka is where he died
    (m, _), *_ = locate("A youth leader was stabbed in a clash at a bazar in Raipur upazila on Friday. He died at "
                        "Rangpur Medical College Hospital on Saturday.")
    assert (m.place.name, m.place.country_code) == ("Raipur", "BD")
    ms = find_places("Two guards were wounded in a bomb attack. They were undergoing treatment at Peshawar Hospital.")
    assert [m.relation for m in ms] == ["treated"]
    # a town's hospital in lower case too; a county's hospital is in the county where it happened
    (m, _), *_ = locate("A trader was stabbed in Chuadanga on Monday night. He died at a Dhaka hospital on Tuesday.")
    assert m.place.name == "Chuadanga"
    ms = find_places("A hunter died at a Tyler County hospital after he was shot by accident.")
    assert [m.relation for m in ms] == ["in"]
    # named alone, the hospital's town is near the event: the wounded are taken to the nearest one
    (m, _), *_ = locate("Five policemen were wounded when a petrol bomb hit their van in front of the ministry. "
                        "They were rushed to Dhaka Medical College Hospital.")
    assert m.place.name == "Dhaka" and m.relation == "treated"
    # so is a town the wounded were taken to a hospital in
    (m, _), *_ = locate("A girl was shot near Rutherfordton on Wednesday. She was taken to a hospital in "
                        "Spartanburg, S.C., deputies said.")
    assert m.place.name == "Rutherfordton"
    # so is the town the wounded were being taken to when they died; a death there is not said to happen there
    ms = find_places("Assailants threw a bomb at a bus on the highway. A passenger died on the way to Dhaka.")
    assert [(m.place.name, m.relation) for m in ms] == [("Dhaka", "treated")]
    report = eventcoder.code("Assailants threw a bomb at a bus on the highway. A passenger died on the way to Dhaka.",
                             published="2026-03-04")
    assert [c.place for c in report.claims if c.outcome == "killed"] == [None]


def test_a_province_in_the_possessive_only_says_where_its_district_lies():
    # Yala is also a town; "Yala's Betong district" happened in Betong
    (m, prec), *_ = locate("Two rangers were wounded by a roadside bomb in Yala's Betong district on Sunday.")
    assert (m.place.name, m.place.feature, prec) == ("Betong", "admin2", 2)
    (m, _), *_ = locate("Police fired tear gas at villagers in Jharkhand's Latehar district.")
    assert m.place.name == "Latehar"


def test_a_train_named_for_a_town_is_no_place():
    # the Quetta Express runs through Sindh and Punjab too: the attack was where the report says
    (m, _), *_ = locate("Militants fired rockets at the Quetta Express near Dera Murad Jamali, Balochistan, on Monday.")
    assert m.place.name == "Dera Murad Jamali"
    assert [p.place.name for p in find_places("Two coaches of the Mymensingh Express derailed overnight.")] == []


def test_a_local_dateline_outranks_a_town_the_story_names_in_passing():
    text = ("SALEM, Ore. -- A man was killed and three were injured in a shooting at a strip club early Saturday. "
            "Last month a similar shooting left two hurt in Eugene, Ore.")
    (m, _), *_ = locate(text)
    assert (m.place.name, m.place.admin1) == ("Salem", "Oregon")


def test_a_district_headquarters_is_read_in_its_district():
    # Khalanga is the seat of several Nepali districts; GeoNames knows only Darchula's by that name
    (m, prec), *_ = locate("Nepali Congress cadres burnt copies of the draft at Salyan district headquarters Khalanga, "
                           "Nepal, on Tuesday.")
    assert (m.place.name, m.place.feature, prec) == ("Salyan", "admin2", 2)
    (m, _), *_ = locate("Cadres demonstrated in Sarlahi district headquarters Malangawa on Tuesday.")
    assert m.place.name == "Malangawa"


def test_a_village_in_the_countryside_of_a_town_is_the_place_not_the_town():
    # "Tal Tamer" (GeoNames: Tall Tamr) is found by its spelling after "surrounding"; Ras Al Ain only locates it
    (m, prec), *_ = locate("Turkish forces shelled positions in the area surrounding Tal Tamer in the countryside "
                           "of Ras Al Ain in Al-Hasakeh.")
    assert (m.place.name, prec) == ("Tall Tamr", 1)


def test_members_of_a_city_branch_protest_in_that_city():
    (m, _), *_ = locate("Youth Congress members, belonging to the Jaipur City branch, protested against the cut in "
                        "teaching posts.")
    assert (m.place.name, m.relation) == ("Jaipur", "in")


def test_a_quarter_of_a_named_city_is_no_namesake_town_in_another_province():
    # the gazetteer knows only the Karimabad of Gilgit-Baltistan: "Karimabad, Karachi" is in Karachi (the
    # report is known to be Pakistani, as the parties it names say)
    text = "Activists rioted in Karimabad, Karachi, destroying an election camp."
    (m, prec), *_ = locate_event(text, find_places(text, countries={"PK": 2.0}), 0, len(text))
    assert (m.place.name, m.place.admin1, prec) == ("Karachi", "Sindh", 2)


def test_a_town_named_only_in_a_street_name_gives_way_to_the_place_of_the_event():
    # Hickory Creek is a town of Texas; here it names a road in an Iowa county
    (m, _), *_ = locate("A teenager was wounded late on Saturday at a farmhouse on Hickory Creek Road, the "
                        "Allamakee County Sheriff's Office said.")
    assert (m.place.name, m.place.admin1) == ("Allamakee", "Iowa")


def test_a_town_named_only_in_a_companys_name_gives_way_to_the_town_where_the_company_is():
    (m, _), *_ = locate("Rioters threw a petrol bomb at the Byblos Bank branch in Choueifat on Monday night.")
    assert (m.place.name, m.place.admin1) == ("Choueifat", "Mount Lebanon")
    # (a company named like a town: Excel is a village in Alabama)
    (m, _), *_ = locate("A worker opened fire at Excel Industries in Hesston on Thursday, wounding 14.")
    assert (m.place.name, m.place.admin1) == ("Hesston", "Kansas")
    # (a name of several words before the company's kind: the Gafsa Phosphate Company works its mines elsewhere)
    (m, _), *_ = locate("On Thursday, sixty temporary workers at the Gafsa Phosphate Company barricaded roads with "
                        "burning tyres in Al Miknasi to demand permanent jobs.")
    assert (m.place.name, m.place.admin1) == ("El Maknassi", "Sidi Bou Zid")
    # (but a town's own body is in the town)
    (m, _), *_ = locate("Sweepers of the Kolkata Municipal Corporation protested on Monday over unpaid wages.")
    assert m.place.name == "Kolkata"


def test_a_street_named_for_a_town_still_places_a_report_that_names_nothing_finer():
    (m, prec), *_ = locate("Insurance agents cooked gruel outside their Avinashi Road branch on Saturday in a "
                           "protest against the sale of the insurer's shares in India.")
    assert (m.place.name, m.place.admin1) == ("Avinashi", "Tamil Nadu")


def test_a_place_after_what_a_post_belongs_to_is_where_the_event_was():
    (m, prec), *_ = locate("A drone struck a checkpoint that belongs to Asayish in Ain al Arab city in the Aleppo "
                           "countryside.")
    assert (m.place.name, prec) == ("‘Ayn al ‘Arab", 1)
    # people who belong to a place are from there, not where it happened
    (m, _), *_ = locate("Two labourers belonging to Swat were shot dead in Karachi on Monday.")
    assert m.place.name == "Karachi"


def test_a_locality_given_with_its_district_is_the_place():
    (m, prec), *_ = locate("Militiamen burned shops in Mangbwalu locality (Djugu, Ituri) on Sunday.")
    assert (m.place.name, prec) == ("Mangbwalu", 1)


def test_a_small_town_abroad_gives_way_to_the_district_the_report_names():
    # the gazetteer knows no Nalang of Nepal: Gansu's is a namesake where the report names a Nepali district
    (m, prec), *_ = locate("Strikers set fire to a truck at Nalang on the highway in Dhading district on Sunday.")
    assert (m.place.country_code, m.place.name) == ("NP", "Dhading")


def test_a_group_based_in_one_country_and_fighting_in_another_does_not_rule_out_its_places():
    (e, *_) = eventcoder.code("Troops killed a Lashkar-e-Taiba militant in an encounter at a village in south "
                              "Kashmir's Pulwama district on Tuesday.", published="2024-03-12").events
    assert (e.country, e.admin2 or e.location) == ("India", "Pulwama")


def test_a_namesake_outside_the_province_the_report_names_again_and_again_is_not_the_place():
    from eventcoder.pipeline import code

    # Westport is read as Connecticut's; five other places of the report lie in South Dakota, one of them in
    # the same sentence
    text = ("A man was shot in Westport on Friday night, and deputies found the gunman near Ipswich. The Spink "
            "County sheriff, the Brown County coroner and Aberdeen police in South Dakota are investigating.")
    (event, *_) = code(text, published="2026-03-02").events
    assert (event.location, event.admin1) == ("Ipswich", "South Dakota")
    # a report that names no province more than the others keeps its town
    (event, *_) = code("A man was shot in Westport on Friday night, police in Aberdeen said.",
                       published="2026-03-02").events
    assert event.location == "Westport"


def test_a_town_outside_the_district_a_report_opens_with_is_not_the_place():
    # the end of a pipeline, the town the dead came from: not where the district's attack happened
    (m, prec), *_ = locate("In Nasirabad district, Balochistan, raiders blew up the gas pipeline that runs from "
                           "Shikarpur, Sindh, to Quetta.")
    assert (m.place.name, m.place.admin1, prec) == ("Naseerabad", "Balochistan", 2)
    (m, _), *_ = locate("Three hunters were shot dead in Musa Khel district on Friday. The three were brothers "
                        "from Dera Ghazi Khan, Punjab.")
    assert (m.place.name, m.place.admin1) == ("Musa Khel", "Balochistan")
    # a town inside it is finer, and stands
    (m, prec), *_ = locate("In Kech district, gunmen stormed a bank in Turbat.")
    assert (m.place.name, prec) == ("Turbat", 1)


def test_a_unit_named_for_its_people_or_a_road_does_not_hold_the_event_inside_it():
    (m, _), *_ = locate("Fighters from the Mapel area of Western Bahr el Ghazal state raided a cattle camp near "
                        "Tonj town.")
    assert m.place.name == "Tonj"
    (m, _), *_ = locate("A Kurram Agency official was wounded when gunmen fired on his car in Hangu.")
    assert m.place.name == "Hangu"


def test_a_place_introduced_by_its_countryside_comes_before_a_later_one():
    (m, _), *_ = locate("A shepherd's body was found in the western countryside of Dar'a. Relatives said he had "
                        "been seized a week earlier near Roma center.")
    assert m.place.country_code == "SY"


def test_a_road_end_outside_the_province_the_event_was_in_is_no_place():
    from eventcoder.pipeline import code

    event = code("A bomb went off at a police post along the Islamabad-Peshawar Motorway in the Burhan area, "
                 "Punjab province, Pakistan.").events[0]
    assert (event.admin1, event.geo_precision) == ("Punjab", 3)
    # a road's end inside that province stands
    event = code("Gunmen ambushed a car on the Kohat-Hangu road in Khyber Pakhtunkhwa province, Pakistan.").events[0]
    assert (event.location, event.admin1) == ("Kohat", "Khyber Pakhtunkhwa")


def test_a_town_between_a_town_and_its_province_names_the_district():
    from eventcoder.pipeline import code

    # "Dir" is the district's seat and its name: the first town, given with its units, is the place
    event = code("Gunmen torched a girls' school in Timargara, Dir, Khyber Pakhtunkhwa, on Monday.").events[0]
    assert (event.location, event.admin1, event.geo_precision) == ("Timargara", "Khyber Pakhtunkhwa", 1)


def test_a_district_that_opens_the_report_holds_its_event():
    from eventcoder.pipeline import code

    event = code("In Naogaon, assailants torched three buses near the Dhaka bus terminal of the district town "
                 "on Sunday.").events[0]
    assert (event.admin2, event.admin1, event.geo_precision) == ("Naogaon", "Rajshahi", 2)


def test_two_towns_given_with_their_province_are_placed_at_the_first():
    # the province after the second town qualifies both: the stretch starts at the first
    (m, prec), *_ = locate("Gunmen fired on a bus between Sibi and Dhadar, Balochistan, on Monday.")
    assert m.place.name == "Sibi" and prec == 2
    (m, _), *_ = locate("Traders blocked the road that connects Hyderabad to Thatta, Sindh, on Monday.")
    assert m.place.name == "Hyderabad"


@pytest.mark.parametrize(("text", "town"), [
    # ACLED's "village (commune, province)": the commune is named for its seat, a town of the same province
    ("Gunmen entered the village of Pissila (Kaya, Sanmatenga) and killed two people.", "Pissila"),
    # "the X Hospital (district, province)": the brackets qualify the town the site is named for
    ("Nurses protested outside the Dera Murad Jamali Civil Hospital (Nasirabad, Balochistan) on Monday.",
     "Dera Murad Jamali"),
    # a known town listed with one the gazetteer lacks: the province qualifies both, the known town is finer
    ("Villagers blocked the highway at Gharo and Kothi (Sindh) on Monday.", "Gharo"),
], ids=["village-commune-province", "site-named-for-town", "known-and-unknown-town"])
def test_the_town_that_bracketed_units_qualify_is_the_place(text: str, town: str):
    (m, _), *_ = locate(text)
    assert m.place.name == town


def test_the_residents_town_inside_the_named_units_is_where_they_acted():
    # the district and province only qualify the town the protesters live in (a part of it): no other town is
    # named
    (m, _), *_ = locate("About 200 residents of Gharo Extension 2 (Thatta district, Sindh) blocked the highway.")
    assert m.place.name == "Gharo"
    # another town named as the place still wins
    (m, _), *_ = locate("Residents of Gharo staged a sit-in outside the press club in Thatta, Sindh.")
    assert m.place.name == "Thatta"


def test_a_dateline_yields_to_a_town_its_sentence_places_in_another_state():
    text = ("WASHINGTON — A young girl and a man are dead after a shooting Thursday night in Waldorf, Maryland. "
            "Two other people were flown to a hospital, the Charles County Sheriff's Office said.")
    assert where(text) == ("Waldorf", "Maryland")


def test_a_correspondents_city_yields_to_the_place_its_first_sentence_names():
    # a city given with its country, or an agency's, is where the story was filed
    text = ("KHARTOUM, Sudan (AP) — Paramilitary fighters shelled a market in El Fasher on Sunday, killing nine "
            "people, activists said.")
    assert where(text) == ("El Fasher", "North Darfur")
    text = "KABUL, Afghanistan — A roadside bomb struck a minibus near Pul-e Khumri on Monday, killing six."
    assert where(text)[1] == "Baghlan"
    text = "NAIROBI (Reuters) - Gunmen killed 12 herders in Somalia's Gedo region, a local official said."
    assert where(text)[1] == "Gedo"
    # a district of the city's own province (the extracts file Jos under no district: the district does not hold it)
    text = ("JOS, Nigeria — Gunmen killed at least 40 villagers in overnight attacks on three communities in the "
            "Bokkos local government area of Plateau State, a local official said on Monday.")
    assert where(text) == ("Bokkos", "Plateau")
    # a small town far from the filing city is no quarter of it, even with words before its own word
    text = ("BAMAKO (Reuters) - Suspected jihadists killed at least 20 civilians in an attack on a village near "
            "the central Malian town of Bandiagara, a local official said on Tuesday.")
    ((m, prec),) = locate(text)
    assert (m.place.name, m.place.admin1, prec) == ("Bandiagara", "Mopti", 2)
    # a dateline with the day the story was filed
    assert where("KABUL, May 3 (Xinhua) -- A roadside bomb killed four civilians in Ghazni province on Sunday.")[1] \
        == "Ghazni"
    # so too a road the first sentence names
    text = "LAGOS (Reuters) - Gunmen kidnapped 15 passengers travelling on the Abuja-Kaduna highway on Sunday."
    assert where(text)[0] == "Abuja"
    # and the city said to be near the place ("in the desert west of Mosul") is no longer the place itself
    ((m, prec),) = locate("MOSUL, Iraq (Reuters) - Islamic State militants killed three shepherds in the desert west "
                          "of Mosul, a security source said on Tuesday.")
    assert (m.place.name, prec) == ("Mosul", 2)
    # a town written before a colon that opens the text, as South Asian papers file ("Srinagar: A"), likewise
    text = ("Srinagar: A civilian was killed and two CRPF personnel were injured in a militant attack in Pulwama's "
            "Pampore area on Saturday, officials said.")
    assert where(text) == ("Pampur", "Jammu and Kashmir")
    # but it stays the place of a story its first sentence places nowhere else
    assert where("Srinagar: Students staged a protest on Monday demanding grace marks.")[0] == "Srinagar"


def test_a_town_described_as_part_of_a_city_given_with_its_province_is_the_place():
    text = "Gunmen killed six people at a bar in Tlaquepaque, a suburb of Guadalajara in Jalisco state, on Sunday."
    assert where(text) == ("Tlaquepaque", "Jalisco")


def test_the_places_of_the_crimes_a_man_is_wanted_for_are_not_where_he_was_arrested():
    text = ("Police arrested a rebel leader from his hideout in Nalanda on Monday. He was wanted in the Bahadurpur "
            "housing colony and Ram Krishna Nagar bomb blasts in the state capital.")
    assert where(text)[0] == "Nalanda"


def test_the_city_of_an_attack_a_protest_follows_is_recalled_though_named_before_its_target():
    text = ("Protests against the magazine spread across the country on Friday, following a deadly attack on its "
            "Paris offices. Islamabad also witnessed rallies, where protesters burned flags.")
    assert where(text)[0] == "Islamabad"


def test_a_quarter_read_as_its_city_names_no_district_for_a_subdistrict_to_refine():
    text = ("At least nine people were hurt in separate bomb blasts in the city's Shaheed Minar, Bangshal, Lalbagh and "
            "Kotwali areas this afternoon. In the first incident, crude bombs were thrown at buses carrying party "
            "activists of Nawabganj in front of Central Shaheed Minar. Four activists were taken to Dhaka Medical "
            "College Hospital, police said.")
    assert where(text)[0] == "Dhaka"


def test_a_province_whose_name_keeps_its_units_word_is_found_by_its_bare_name_and_a_word():
    (event,) = eventcoder.code("A Ukrainian drone struck an oil depot in Russia's Bryansk region overnight, the "
                               "regional governor said.").events
    assert (event.admin1, event.geo_precision) == ("Bryansk Oblast", 3)


def test_a_province_named_for_its_capital_is_spelt_as_its_capital_is():
    # "Tillabery" is a spelling of the town of Tillaberi, and so of the region named for it (an ACLED-style
    # qualifier was read as nothing, and the group's home put the event in Mali)
    text = "On 5 May, suspected ISGS militants attacked the village of Banitougou (Tillabery), killing two herders."
    (m, prec), *_ = locate(text)
    assert (m.place.country_code, m.place.admin1, prec) == ("NE", "Tillaberi", 2)
    (m, prec), *_ = locate("Suspected jihadists burned a school in Niger's Tillabery region on Sunday.")
    assert (m.place.name, m.place.feature, prec) == ("Tillaberi", "admin1", 3)


def test_a_village_the_gazetteer_lacks_shelled_in_a_province_is_somewhere_in_it_and_said():
    report = eventcoder.code("Regime artillery shelled Zarzouriyeh in Idleb on Tuesday, damaging homes.")
    (event,) = report.events
    assert (event.admin1, event.geo_precision) == ("Idleb", 2)  # not the city of Idlib itself
    assert any("'Zarzouriyeh'" in f.message for f in report.findings if f.kind == "location")


def test_a_village_the_gazetteer_lacks_in_a_township_places_the_event_in_the_township():
    text = ("The army shelled a KIA post near Nam Lwe Hka village in Mansi Township on Sunday, while peace talks "
            "between the KIO and the government went on in Yangon.")
    assert where(text) == ("Mansi", "Kachin")


def test_a_spanish_name_written_without_its_joining_word_is_that_place():
    # "Mineral Chico" was read as two towns of the United States, Mineral and Chico, and Hidalgo as a Texan county
    assert where("Dissidents killed a social leader in San Pedro Uraba, Antioquia, on Sunday.") == (
        "San Pedro de Uraba", "Antioquia")
    assert where("On 28 April, in Mineral Chico municipality, Hidalgo, a body with signs of violence was found.") == (
        "Mineral del Chico", "Hidalgo")


def test_a_misspelt_province_called_a_province_is_that_province():
    text = "Militants blew up two electricity pylons in Pakistan's Bolochistan province on Friday night."
    assert where(text) == ("Balochistan", "Balochistan")
    (m, prec), *_ = locate("Taliban fighters attacked a police convoy in Kandahaar province on Sunday.")
    assert (m.place.name, m.place.feature, prec) == ("Kandahar", "admin1", 3)  # not the city, spelt so too


def test_congo_alone_is_either_congo_as_the_report_says():
    # the Associated Press's "Congo" is the Democratic Republic; Brazzaville's is the Republic
    text = "GOMA, Congo (AP) — Rebels captured the town of Rubaya after fighting with the Congolese army, residents said."
    assert {(m.place.feature, m.place.country_code) for m, _ in locate(text)} == {("populated", "CD")}
    (event,) = eventcoder.code("BRAZZAVILLE, Congo (AP) — Gunmen attacked a train in the Pool region on Wednesday.").events
    assert (event.country, event.admin1) == ("Republic of Congo", "Pool")


def test_where_people_were_heading_is_not_where_it_happened():
    text = ("LAHORE: Police baton-charged and arrested dozens of party workers who were trying to march towards "
            "Islamabad on the GT Road near Muridke on Friday.")
    assert where(text) == ("Muridke", "Punjab")
    text = ("Armed men kidnapped a university professor in Khyber Agency on Saturday when he was on his way to "
            "Peshawar, officials said.")
    assert where(text)[0] == "Khyber"
    # rockets fired towards a place hit it
    assert where("Rockets fired from across the border towards Chaman landed in a bazaar on Sunday.")[0] == "Chaman"


def test_a_capital_district_by_its_english_name_qualifies_its_city():
    # (it was read as "Capital", a department of Cordoba, and Caracas dropped as a namesake abroad)
    assert where("On 7 May 2020, in Caracas (Capital District), residents protested against the lack of gas.") == (
        "Caracas", "Distrito Capital")


def test_a_district_in_the_province_of_the_datelines_city_is_that_provinces():
    # Bijapur district: Chhattisgarh's (30,000 people at its seat) in a report filed from Raipur, not Karnataka's
    text = ("RAIPUR: Two jawans were killed in an IED blast triggered by Maoists in Bijapur district on Sunday, police "
            "said.")
    assert where(text) == ("Bijapur", "Chhattisgarh")
    assert where("Farmers blocked a highway in Bijapur district on Sunday, police said.")[1] == "Karnataka"
    # with no other place it is the place; an American town an agency gives with its state stays the place
    assert where("KHARTOUM, Sudan (AP) — A car bomb exploded outside a bank on Sunday, killing two.") == (
        "Khartoum", "Khartoum")
    text = "DOUGLASVILLE, Ga. (AP) — A man shot five people at a house near Atlanta on Saturday, police said."
    assert where(text) == ("Douglasville", "Georgia")


def test_a_bureaus_city_before_a_colon_yields_to_the_place_the_story_names():
    # South Asian papers' datelines: the bureau's city, the place only when the story names no other
    text = "QUETTA: Unidentified gunmen shot dead two Levies personnel in Kech district's Tump area on Tuesday."
    assert where(text) == ("Tump", "Balochistan")
    assert where("QUETTA: Two policemen were shot dead near a checkpost on Tuesday evening.") == (
        "Quetta", "Balochistan")
    # a heading's colon names no place: "WALL OF JUSTICE" is no Wall of South Dakota
    text = "WALL OF JUSTICE: The Dayton Police Department is asking for help to find a man who shot a driver."
    assert where(text) == ("Dayton", "Ohio")


def test_a_speakers_town_is_where_words_were_spoken():
    # a spokesman or officials named by their town speak there; the event is where the sentence puts it
    text = "Militants killed 12 soldiers in an ambush in Bajaur, a military spokesman in Rawalpindi said."
    assert where(text)[0] == "Bajaur"
    assert where("Police in Lahore said the blast in Gujranwala killed four.")[0] == "Gujranwala"
    # named alone, the speakers' town gives the country, at its capital, and a finding says so
    report = eventcoder.code("Twenty people died in the attack, health officials in Kandahar told AFP.")
    (event, *_) = report.events
    assert (event.country, event.location, event.geo_precision) == ("Afghanistan", "Afghanistan", 3)
    assert any("words were spoken (Kandahar)" in f.message for f in report.findings)
    # a town's police, with no other place, are the town's: "Police in Danville say a man was shot"
    assert where("Police in Dayton say a man was shot at a home on Main Street on Friday.") == ("Dayton", "Ohio")


def test_on_the_road_to_a_town_is_near_it():
    ((m, prec),) = locate("An IED hit a convoy on the road to Ansongo on Tuesday.")
    assert (m.place.name, m.relation, prec) == ("Ansongo", "near", 2)
    # the town the distance is given from is the nearer landmark
    (m, prec), *_ = locate("An IED hit a convoy 15 km south of Gao on the road to Ansongo.")
    assert (m.place.name, prec) == ("Gao", 2)


def test_a_town_a_distance_from_a_city_across_a_border_is_the_place():
    # Taxila lies in Punjab, 25 km from the capital territory of Islamabad
    (event, *_) = eventcoder.code("A grenade attack on a Christian hospital in Taxila, 25 kilometers west of "
                                  "Islamabad, Pakistan, killed two nurses.").events
    assert (event.location, event.admin1, event.geo_precision) == ("Taxila", "Punjab", 1)


def test_a_national_institutions_act_with_no_place_named_is_set_in_the_capital():
    (event, *_) = eventcoder.code("Iraqi lawmakers approved a new government on Wednesday after six months.").events
    assert (event.country, event.location) == ("Iraq", "Baghdad")
    # not when the report names another country: the Chinese President acts abroad
    (event, *_) = eventcoder.code("The Chinese President arrived in Vietnam for talks on Monday.").events
    assert event.country == "Vietnam" and event.location != "Beijing"


def test_an_american_school_named_like_a_town_does_not_place_the_event():
    text = ("A 17-year-old Brighton High student was shot and killed during a party Wednesday when a gun "
            "discharged, Cottonwood Heights police said.")
    (event, *_) = eventcoder.code(text).events
    assert event.location == "Cottonwood Heights"


def test_an_american_park_named_like_a_city_does_not_place_the_event():
    text = ("Richmond police are searching for a 17-year-old who they say killed another 17-year-old on Friday in "
            "Providence Park.")
    assert where(text) == ("Richmond", "Virginia")


def test_a_school_whose_name_is_a_towns_does_not_place_the_event():
    # Central High is a town in Oklahoma
    text = ("Central High School (Photo: EVSC)\n\n"
            "Police discovered three guns near the teen who shot himself outside of Central High School early "
            "Tuesday morning.\n\nRoman M. Kellough, 15, of Evansville died of a self-inflicted gunshot wound, "
            "according to Vanderburgh County Coroner Steve Lockyear.")
    assert where(text) == ("Vanderburgh", "Indiana")  # (Evansville is the boy's home)


def test_streets_named_for_a_citys_area_are_no_towns():
    # Seven Mile is a town in Ohio; in Detroit, a road
    text = ("Police arrested two men in the fatal shooting, which happened near Clarita in the Seven Mile and "
            "Greenfield area on the city's west side, Detroit police said.")
    assert where(text) == ("Detroit", "Michigan")


def test_the_home_town_of_a_person_named_with_an_age_places_an_event_that_names_no_other():
    assert where("Sarah Ward, 34, of Casper, Wyoming, was shot Sunday night, deputies said.") == ("Casper", "Wyoming")


def test_a_barangay_named_with_its_town_is_placed_at_the_town():
    # not at one of the dozens of San Isidros: the barangay is a part of Lope de Vega
    text = ("Suspected NPA rebels ambushed an army patrol in Barangay San Isidro, Lope de Vega town, Northern Samar, "
            "killing a soldier.")
    ((m, prec),) = locate(text)
    assert (m.place.name, m.place.admin2, prec) == ("Lope de Vega", "Northern Samar", 2)
    # the province after the town changes nothing; a barangay "in" its town is placed there too
    ((m, _),) = locate("Gunmen shot a village chief in Brgy. Poblacion, Datu Piang, Maguindanao on Monday.")
    assert m.place.name == "Datu Piang"


def test_a_district_known_by_name_only_is_placed_by_the_city_that_holds_it():
    # Hodan district has no position of its own in the gazetteer (it would stand at its province's seat, at
    # geo_precision 3): the city it is a part of places the event
    ((m, prec),) = locate("A car bomb exploded outside a hotel in Mogadishu's Hodan district on Sunday.")
    assert (m.place.name, prec) == ("Mogadishu", 1)
    # a district with a position of its own stays the finer place
    (m, _), *_ = locate("Gunmen killed two soldiers in Balochistan's Kech district on Sunday.")
    assert m.place.name == "Kech"


def test_the_village_of_a_place_is_the_place_and_villages_of_a_unit_are_near_it():
    ((m, prec),) = locate("Boko Haram fighters torched houses in the village of Gajiram on Saturday.")
    assert (m.place.name, m.relation, prec) == ("Gajiram", "in", 1)
    ((m, _),) = locate("Militants attacked a village in Kech district on Saturday.")
    assert m.relation == "near"


def test_a_town_the_gazetteer_lacks_in_a_named_province_is_placed_in_the_province():
    # Okpho is unknown: the province it is said to be in places it, not the city the marchers came from
    text = "The Mandalay column, marching from Mandalay to Yangon, left the town of Okpho in Pegu Division on Monday."
    ((m, prec),) = locate(text)
    assert (m.place.name, prec) == ("Bago", 3)
    # a known town so given is the town
    ((m, prec),) = locate("Unidentified men fired rockets at the city of Tank in South Waziristan on Monday.")
    assert (m.place.name, prec) == ("Tank", 1)


def test_a_unit_word_names_the_level_it_names_in_the_readings_country():
    # a territory is the DR Congo's second level, a department Colombia's first (France's second)
    (m, prec), *_ = locate("CODECO militiamen killed 22 displaced people in Ituri province's Djugu territory.")
    assert (m.place.name, m.place.feature, prec) == ("Djugu", "admin2", 2)
    (m, prec), *_ = locate("Gunmen killed a social leader in Nariño department, Colombia, on Monday.")
    assert (m.place.name, m.place.feature, prec) == ("Narino", "admin1", 3)
    (m, _), *_ = locate("Rioters burned cars in the Doubs department of France.")
    assert (m.place.name, m.place.feature) == ("Doubs", "admin2")
    # a county is Kenya's first level, a Texan county Texas's second
    (m, prec), *_ = locate("Al-Shabaab militants attacked a police post in Mandera county, Kenya.")
    assert (m.place.name, m.place.feature, prec) == ("Mandera", "admin1", 3)
    (m, _), *_ = locate("A man was shot in Harris County, Texas, on Friday.")
    assert (m.place.name, m.place.feature) == ("Harris", "admin2")


def test_districts_listed_together_are_each_a_place_of_the_event():
    text = "Farmers in Sangrur and Bathinda districts of Punjab squatted on railway tracks on Monday."
    assert [(m.place.name, prec) for m, prec in locate(text)] == [("Sangrur", 2), ("Bathinda", 2)]


def test_an_attack_at_a_funeral_happened_there_and_a_victims_funeral_did_not():
    assert where("A suicide bomber blew himself up at a funeral in Nangarhar, killing 15 mourners.") == (
        "Nangarhar", "Nangarhar")
    assert where("A police officer was shot dead in Quetta on Monday. His funeral in Lahore drew hundreds.") == (
        "Quetta", "Balochistan")
