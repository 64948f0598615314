"""Claims read from short texts written for these tests."""

from datetime import date

import eventcoder
from eventcoder.claims import extract_claims
from eventcoder.recognize.quantities import find_quantities
from eventcoder.recognize.sources import find_sources
from eventcoder.recognize.times import find_times
from eventcoder.text import split_sentences


def claims(text: str, published: date = date(2024, 3, 10)):
    found, _ = extract_claims(text, split_sentences(text), find_quantities(text), find_times(text, published),
                              find_sources(text), [], [])
    return found


def brief(text: str):
    return [(c.count, c.outcome, c.victims, c.source) for c in claims(text)]


def dead(text: str) -> int:
    """The fatalities of the report's first event."""
    return eventcoder.code(text, published="2024-03-10").events[0].fatalities


def test_counts_before_and_after_the_outcome():
    assert brief("Gunmen killed 4 policemen. Six villagers were wounded.") == [
        (4, "killed", "security forces", None), (6, "injured", "civilians", None)]


def test_coordinated_counts_share_the_outcome():
    assert brief("The blast killed 3 soldiers and 2 children.") == [
        (3, "killed", "security forces", None), (2, "killed", "civilians", None)]


def test_abductions_and_arrests():
    assert brief("Bandits abducted 12 students. Police arrested five suspects.")[0][:2] == (12, "abducted")
    assert brief("Police arrested five suspects.")[0][:2] == (5, "arrested")


def test_numbers_that_are_not_tolls_never_become_claims():
    assert brief("Militants attacked 12 towns over three days and stopped a train with 450 passengers.") == []
    # shots and ages are not people: "shot three more times", "fired one shot", "aged 19 and 24", "both 22"
    assert brief("The officer fired one shot, then shot three more times, and the gunman fell.") == []
    assert brief("Two men, aged 19 and 24, were injured.") == [(2, "injured", "civilians", None)]
    assert [(c, o) for c, o, *_ in brief("Four men, ages 20-27, were shot outside a club.")] == [(4, "injured")]
    assert 22 not in [c for c, *_ in brief("Imran Ali and Tariq Khan, both 22, were arrested.")]
    # nor an age after a name and before a semicolon, nor a television station
    assert 50 not in [c for c, *_ in brief("He killed his father, Vic Ruiz, 50; his mother and his sister.")]
    assert brief("The grandmother told FOX 5 on Sunday that her grandson was shot.") == [
        (1, "injured", "civilians", None)]
    # an address's block and a photo gallery's numbering are not people either
    assert brief("Ortiz, of the 4300 block of West Elm Street, was pronounced dead at the hospital.") == [
        (1, "killed", "unknown", None)]
    assert brief("Image 7 of 12 Relatives of the victims who were killed wait outside the morgue.") == []


def test_a_thing_word_before_the_people_counted_describes_them():
    # "village defence volunteers", "school bus drivers": people, though "village" and "bus" are not
    assert brief("Gunmen shot dead two village defence volunteers and two school bus drivers.") == [
        (2, "killed", "civilians", None), (2, "killed", "civilians", None)]
    # a verb between the thing and the people makes the thing what was counted
    assert brief("Gunmen attacked three vehicles carrying soldiers.") == []


def test_part_of_another_count_is_marked():
    found = claims("Troops killed 20 insurgents, including three commanders.")
    assert [(c.count, c.part_of) for c in found] == [(20, None), (3, 0)]


def test_sources_stay_with_their_sentences_and_carry_one_step():
    found = brief("Police said 7 people were killed. The statement added that 9 were wounded. "
                  "Officials in the capital said nothing. Earlier, 2 guards died.")
    assert found[0][3] == "police" and found[1][3] == "police"


def test_a_claim_is_placed_where_its_sentence_says_not_at_the_datelines_city():
    report = eventcoder.code("BEIRUT (Reuters) - An Israeli strike on a car in the southern Lebanese town of Nabatieh "
                             "killed two people on Thursday.", published="2024-03-10")
    assert [c.place for c in report.claims] == ["Nabatiye et Tahta"]
    # the dateline's city stays the place of a sentence that names no other
    report = eventcoder.code("QUETTA: Two policemen were shot dead on Monday, officials said.", published="2024-03-10")
    assert [c.place for c in report.claims] == ["Quetta"]


def test_a_killer_who_then_kills_himself_is_one_more_dead():
    assert dead("A man fatally shot his neighbor before killing himself, police said.") == 2
    assert dead("The gunman killed two people and then took his own life.") == 3
    # a toll that names him among the dead already counts him
    assert dead("Five people died, the gunman among them. He shot four relatives before turning the gun on "
                "himself.") == 5
    # said twice, he is one; a child who shot and killed himself is the one dead
    assert dead("A man killed his wife before turning the gun on himself. Police said he then killed himself "
                "in the garage.") == 2
    assert dead("A 4-year-old boy accidentally shot and killed himself on Tuesday.") == 1


def test_singular_victims_count_one():
    assert brief("A policeman was shot dead and a woman was injured.") == [
        (1, "killed", "security forces", None), (1, "injured", "civilians", None)]
    assert [(c, o) for c, o, *_ in brief("Outside the store, he got shot in the arm.")] == [(1, "injured")]


def test_a_person_who_shot_himself_is_wounded_unless_he_died():
    assert [(c, o) for c, o, *_ in brief("Police said he accidentally shot himself in the foot while cleaning a "
                                         "rifle.")] == [(1, "injured")]
    assert [(c, o) for c, o, *_ in brief("Jalen Brooks, 19, shot himself by mistake and later died in hospital.")] \
        == [(1, "killed")]


def test_people_someone_shot_are_wounded_unless_shot_dead():
    assert [(c, o) for c, o, *_ in brief("A gunman shot three customers at a petrol station.")] == [(3, "injured")]
    assert [(c, o) for c, o, *_ in brief("Raiders shot a grocer, Imran Ali, dead outside his shop.")] == [
        (1, "killed")]
    assert [(c, o) for c, o, *_ in brief("Robbers tied up two guards and shot them to death.")] == [(2, "killed")]


def test_those_shot_then_told_apart_are_not_all_wounded():
    report = eventcoder.code("Two men on a motorcycle shot three labourers outside a brick kiln on Monday. One of the "
                             "labourers was killed and two were wounded.", published="2024-03-12")
    assert [(e.fatalities, e.injured) for e in report.events] == [(1, 2)]
    # the dead told without the wounded: the rest of those shot are the wounded
    report = eventcoder.code("Four people were shot outside a club on Saturday. One of them died at the scene.",
                             published="2024-03-12")
    assert [(e.fatalities, e.injured) for e in report.events] == [(1, 3)]
    # a shot fired is no one shot
    assert brief("One of the five men fired a shot into the crowd, injuring a 17-year-old.")[0][0] == 1


def test_stabbed_is_wounded_and_stabbed_to_death_killed():
    assert [(c, o) for c, o, *_ in brief("A bouncer was stabbed outside a nightclub.")] == [(1, "injured")]
    assert [(c, o) for c, o, *_ in brief("The attacker stabbed three commuters on the platform.")] == [(3, "injured")]
    assert [(c, o) for c, o, *_ in brief("Two brothers were stabbed and killed in a land dispute.")] == [(2, "killed")]


def test_hit_by_a_bullet_is_wounded():
    assert brief("Two shopkeepers were hit by stray bullets during the exchange of fire.") == [
        (2, "injured", "civilians", None)]
    assert [(c, o) for c, o, *_ in brief("A schoolgirl was struck by gunfire on her way home.")] == [(1, "injured")]


def test_a_victim_told_again_by_a_pronoun_counts_once():
    assert [(c, o) for c, o, *_ in brief("A 15-year-old girl was hospitalized in serious condition on Monday after "
                                         "she was shot outside a corner shop.")] == [(1, "injured")]
    assert [(c, o) for c, o, *_ in brief("A 9-year-old boy found a pistol on Friday and accidentally shot himself "
                                         "in the leg.")] == [(1, "injured")]
    # another person is another victim
    assert [(c, o) for c, o, *_ in brief("A man was wounded in the shooting and she was hurt too.")] == [
        (1, "injured"), (1, "injured")]


def test_one_victim_attacked_and_killed_counts_once():
    # the police who identified him are not the victim
    assert brief("A revenue clerk, identified by police as Nadir Shah, was fired on and killed by two gunmen.") == [
        (1, "killed", "unknown", None)]
    assert [(c, o) for c, o, *_ in brief("A trader was killed and found dead in a ditch.")] == [(1, "killed")]


def test_counts_of_earlier_attacks_like_it_are_background():
    (now, before) = claims("One elder was killed in the blast. Two other elders have been killed in similar attacks "
                           "in the valley in recent months.")
    assert not now.background and before.background and before.count == 2


def test_a_running_toll_thus_far_is_background_and_a_date_is_no_count():
    (toll,) = claims("He was one of more than 300 party workers killed thus far in the district.")
    assert toll.count == 300 and toll.background
    assert [(c, o) for c, o, *_ in brief("On 11/23/2010 his body was found; he had been shot and killed.")] == [
        (1, "killed")]


def test_claimed_lives_are_deaths_but_claims_are_not():
    assert [(c, o) for c, o, *_ in brief("The ambush claimed 14 lives and injured 9.")] == [
        (14, "killed"), (9, "injured")]
    assert brief("The Front claimed two attacks on Monday and claimed her release.") == []


def test_one_dead_person_told_twice_in_a_sentence_counts_once():
    for text in ("The trader was killed and his body dumped near the canal.",
                 "The body of the missing teacher was recovered from a ditch."):
        assert [(c, o) for c, o, *_ in brief(text)] == [(1, "killed")], text
    # a third person's body is a third death
    assert [c for c, *_ in brief("Gunmen killed a shopkeeper and a guard; the body of a third man was found "
                                 "later.")] == [1, 1, 1]


def test_a_body_found_or_a_bomber_who_was_the_only_fatality_is_one_death():
    assert [(c, o) for c, o, *_ in brief("Later that day the constable's body was found in a canal.")] == [
        (1, "killed")]
    assert [(c, o) for c, o, *_ in brief("The bomber was the only fatality, and three guards were wounded.")] == [
        (1, "killed"), (3, "injured")]
    assert brief("Two tribespeople were killed by the shell.") == [(2, "killed", "civilians", None)]


def test_people_named_one_by_one_are_counted_by_their_names():
    assert brief("Mir Sikander Ali and Naseer were killed in the attack.") == [(2, "killed", "unknown", None)]
    assert [(c, o) for c, o, *_ in brief("Ahmed, Bilal and Zafar Khan were wounded.")] == [(3, "injured")]
    assert brief("The minister said Quetta and Mastung were attacked.") == []


def test_he_was_shot_and_died_is_one_death():
    assert [(c, o) for c, o, *_ in brief("Neighbours said he was shot and died on the pavement.")] == [(1, "killed")]


def test_family_and_friends_are_civilians():
    assert brief("Police said he killed his girlfriend and her grandmother before fleeing.") == [
        (1, "killed", "civilians", "police"), (1, "killed", "civilians", "police")]


def test_an_age_written_in_words_is_no_count():
    assert [(c, o) for c, o, *_ in brief("A four-year-old died on Monday after finding a loaded pistol.")] == [
        (1, "killed")]
    assert [(c, o) for c, o, *_ in brief("Two seven-year-old girls were wounded.")] == [(2, "injured")]
    # a killing a protest or an inquiry is about is not this event's toll
    assert brief("Hundreds rallied to demand justice for the murder of a six-year-old girl.")[0][0] == 1
    assert all(c.background for c in claims("Hundreds rallied to demand justice for the murder of a six-year-old "
                                            "girl."))


def test_one_victim_told_by_a_source_counts():
    assert brief("Police say the cyclist died at the scene.") == [(1, "killed", "civilians", "police")]
    assert [(c, o) for c, o, *_ in brief("Officials confirmed the driver was wounded.")] == [(1, "injured")]


def test_one_victim_in_hospital_after_being_shot():
    assert brief("A woman is in hospital in a stable condition after being shot outside her flat.") == [
        (1, "injured", "civilians", None)]
    # a death told first is the claim, not a wound besides it
    assert [(c, o) for c, o, *_ in brief("A farmer died on Sunday after being shot in a land dispute.")] == [
        (1, "killed")]


def test_parenthetical_between_count_and_outcome():
    found = brief("They targeted 18 villagers — including women and the elderly — who were killed.")
    assert found == [(18, "killed", "civilians", None)]


def test_a_day_after_shifts_the_date():
    text = "Saturday's raid came a day after troops killed 8 militants."
    (c,) = claims(text, date(2024, 3, 12))  # a Tuesday
    assert c.date == "2024-03-08"


def test_history_is_background():
    found = claims("Last year, gunmen killed 30 pilgrims near the shrine.")
    assert found and found[0].background


def test_a_past_a_relative_clause_names_is_not_the_sentences_history():
    from eventcoder.pipeline import code

    # the killings took place a year ago; the protest and its injured are today's
    text = ("Party workers protested in Sujawal, injuring three policemen, over the non-arrest of the killers of "
            "their leaders that took place a year ago.")
    report = code(text, published="2015-05-01")
    assert report.events and not any(f.kind == "background" for f in report.findings)
    # a protest today over a grievance of the past is today's event
    report = code("About 200 families protested outside the National Assembly against their evictions three years "
                  "ago.", published="2015-05-01")
    assert report.events and not any(f.kind == "background" for f in report.findings)
    # but a relative clause that tells the toll is history
    found = claims("Major was one of the many children under 15 who were shot and killed in Cleveland last year.")
    assert found and all(c.background for c in found)


def test_the_past_of_the_people_who_protest_today_is_not_the_sentences_history():
    from eventcoder.pipeline import code

    # the drowning was last year; the families protest now
    report = code("Relatives of fishermen whose boats sank off the coast last year protested outside the press club "
                  "in Gwadar on Tuesday.", published="2015-05-01")
    assert report.events and report.events[0].event_type == "Protests"
    assert not any(f.kind == "background" for f in report.findings)
    # a protest told in the passive, after a grievance of last year
    report = code("A demonstration was held in Sopore against the killing of a shopkeeper by troops last year.",
                  published="2015-05-01")
    assert report.events and not any(f.kind == "background" for f in report.findings)
    # a sentence that opens with its past stays history, whatever it goes on to say
    report = code("Last year, hundreds of farmers protested outside the district office in Gwadar.",
                  published="2015-05-01")
    assert not report.events and any(f.kind == "background" for f in report.findings)


def test_one_victim_named_or_referred_to():
    assert brief("Gunmen shot and killed Tariq Mehmood near his shop.") == [(1, "killed", "unknown", None)]
    assert brief("Militants abducted a teacher. His body was found two days later.")[1][:2] == (1, "killed")


def test_the_doers_are_not_the_victims():
    assert brief("Two gunmen shot dead a shopkeeper.") == [(1, "killed", "civilians", None)]
    assert brief("A farmer was beaten by three men and later succumbed to his injuries.") == [
        (1, "killed", "civilians", None)]


def test_the_same_people_suffer_a_second_outcome():
    found = brief("Five labourers were kidnapped and shot dead.")
    assert [(c, o) for c, o, *_ in found] == [(5, "abducted"), (5, "killed")]
    found = brief("Gunmen seized two guards and killed them.")
    assert (2, "killed") in [(c, o) for c, o, *_ in found]


def test_killed_along_with_adds_to_the_count():
    found = claims("A commander was killed along with three of his guards.")
    assert [(c.count, c.additive) for c in found] == [(1, False), (3, True)]


def test_a_suicide_bomber_who_struck_is_among_the_dead():
    found = brief("A suicide bomber blew himself up at a checkpoint, killing six policemen.")
    assert (1, "killed", "militants", None) in found and (6, "killed", "security forces", None) in found


def test_killings_recalled_as_a_cause_are_background():
    found = claims("Villagers protested against the killing of two youths by police.")
    assert found and all(c.background for c in found)


def test_a_toll_that_rose_is_a_running_total():
    (c,) = claims("The death toll from the blast rose to 17.")
    assert c.count == 17 and c.total
    (c,) = claims("The death toll in the ongoing blockade rose to 40.")
    assert c.background and not c.total


def test_a_victim_who_died_later_is_counted_once():
    found = brief("Ram Kumar, a farmer, who had been hurt in the clash, died on Monday.")
    assert [(c, o) for c, o, *_ in found] == [(1, "killed")]


def test_the_deceased_is_one_death_when_no_count_was_given():
    found = brief("Raiders set fire to a bus near the bridge. The deceased could not be identified.")
    assert [(c, o) for c, o, *_ in found] == [(1, "killed")]


def test_shot_is_wounded_but_shot_at_is_not():
    assert [(c, o) for c, o, *_ in brief("Four people were shot outside a wedding hall.")] == [(4, "injured")]
    assert brief("Two houses and three cars were shot at overnight.") == []
    assert [(c, o) for c, o, *_ in brief("Two guards were shot several times and killed.")] == [(2, "killed")]
    # "at" then a place or a time tells where or when they were hit
    assert [(c, o) for c, o, *_ in brief("Three men were shot at a bus stop late Friday.")] == [(3, "injured")]
    assert [(c, o) for c, o, *_ in brief("Two women were shot at about 1 a.m.")] == [(2, "injured")]
    assert brief("Two constables were shot at by gunmen on motorbikes but escaped unhurt.") == []


def test_the_one_who_tells_of_a_death_is_not_the_dead():
    assert brief("The mother of the boy told reporters that her son was shot and killed on Saturday.") == [
        (1, "killed", "civilians", None)]
    assert brief("Five people, police said, were killed in the blast.") == [(5, "killed", "unknown", "police")]


def test_a_link_to_another_story_is_background():
    found = claims("A man was shot dead on Friday. Related Story: Three killed, two hurt in weekend shootings.")
    assert [(c.count, c.outcome, c.background) for c in found] == [
        (1, "killed", False), (3, "killed", True), (2, "injured", True)]


def test_the_accused_is_not_the_victim():
    assert brief("A 19-year-old man accused of fatally shooting his cousin appeared in court on Friday.") == [
        (1, "killed", "civilians", None)]


def test_a_life_claimed_or_a_fatal_wound_is_one_death():
    assert [(c, o) for c, o, _, _ in brief("The shooting on Monday claimed the life of 19-year-old Maria Lopez, "
                                           "police said.")] == [(1, "killed")]
    assert [(c, o) for c, o, _, _ in brief("The rifle went off, fatally wounding his younger brother.")] == [
        (1, "killed")]


def test_an_attack_called_deadly_kills_one_at_least_when_no_count_says_more():
    found = claims("A feud between two families could be behind a deadly Sunday night shooting at a bar, police said.")
    assert [(c.count, c.outcome, c.qualifier) for c in found] == [(1, "killed", "implied")]
    assert brief("Three men were killed in the fatal shooting outside the bar.") == [
        (3, "killed", "civilians", None)]


def test_the_shooting_of_someone_wounds_them_unless_called_deadly():
    assert [(c, o) for c, o, _, _ in brief("Prosecutors will not file charges in the accidental shooting of a "
                                           "7-year-old boy.")] == [(1, "injured")]
    assert [(c, o) for c, o, _, _ in brief("A father faces charges after accidentally shooting his 10-year-old son "
                                           "in the cheek.")] == [(1, "injured")]
    assert [(c, o) for c, o, _, _ in brief("A teen will be tried as an adult for the deadly shooting of a 15-year-old "
                                           "boy.")] == [(1, "killed")]
    assert [(c, o) for c, o, _, _ in brief("A teenager is recovering after an accidental shooting at home.")] == [
        (1, "injured")]


def test_a_possessive_names_whose_people_or_things_follow():
    assert [(c, o) for c, o, _, _ in brief("Gunmen killed a Pakistan People’s Party activist on Tuesday.")] == [
        (1, "killed")]
    assert [(c, o) for c, o, _, _ in brief("The blast wounded one man, and eight of the shepherd’s sheep were "
                                           "killed.")] == [(1, "injured")]


def test_a_drone_shot_down_kills_no_one():
    assert brief("Coalition forces shot down a Houthi drone over the front line.") == []


def test_an_attempt_to_kill_kills_no_one():
    assert [(c, o) for c, o, _, _ in brief("The gunman pleaded not guilty to murdering three people and trying to "
                                           "kill two others.")] == [(3, "killed")]


def test_an_age_written_with_a_slash_is_no_count():
    assert [(c, o) for c, o, _, _ in brief("A 20 y/o man was killed and a 14 y/o boy was hurt in the shooting.")] == [
        (1, "killed"), (1, "injured")]


def test_people_who_shoot_are_not_the_shot():
    # the driver was shot, not the two men
    assert brief("Two men walked up to the car and shot the driver several times.") == [
        (1, "injured", "civilians", None)]
    assert [(c, o, v) for c, o, v, _ in brief("A 17-year-old male is dead after a shooting.")] == [
        (1, "killed", "civilians")]


def test_some_of_the_wounded_who_died_are_dead():
    found = brief("Ten people were injured in the blast, two of whom later died.")
    assert [(c, o) for c, o, *_ in found] == [(10, "injured"), (2, "killed")]
    found = brief("Five soldiers were injured, one of them seriously.")
    assert [(c, o) for c, o, *_ in found] == [(5, "injured"), (1, "injured")]


def test_a_fatal_shooting_of_one_person_is_one_death():
    assert [(c.count, c.outcome) for c in claims("A judge denied bail to a teenager charged in the fatal shooting of "
                                                  "a 15-year-old girl.")] == [(1, "killed")]
    assert [(c.count, c.outcome) for c in claims("A 17-year-old turned himself in over the shooting death of an "
                                                  "18-year-old student.")] == [(1, "killed")]


def test_the_dead_among_those_shot_are_not_also_wounded():
    assert brief("Five people were shot, two of them fatally, outside a bar on Sunday night.") == [
        (3, "injured", "unknown", None), (2, "killed", "unknown", None)]
    assert brief("Four teens, one fatally, were shot outside a diner.") == [
        (3, "injured", "civilians", None), (1, "killed", "civilians", None)]
    # a later death told apart is not taken from the wounded
    assert brief("Seven people were wounded; a man died later.")[0][:2] == (7, "injured")


def test_the_police_who_report_a_death_are_not_its_victims():
    assert brief("According to police, he was pronounced dead at the scene.") == [(1, "killed", "unknown", "police")]
    # so a boy's death told twice is one death of a civilian, not a civilian's and a policeman's
    import eventcoder

    evs = eventcoder.code("A 7-year-old boy has died after he was shot on Sunday. According to police, he was "
                          "pronounced dead at the scene.", published="2026-03-02").events
    assert evs[0].fatalities == 1


def test_everyone_a_killing_word_lists_is_counted_once():
    # the pronoun, the relative and the counted guards are five people
    assert dead("Militants bombed the car of a village elder on Monday, killing him, his nephew Saleem, "
                "and three guards.") == 5
    assert dead("Gunmen fired on a union leader on Monday, killing him and his two guards.") == 3
    assert dead("Gunmen on a motorcycle shot and killed Rafiq Ahmed Mirza and his driver on Monday.") == 2
    # a name and the words that describe it are one person
    assert dead("Gunmen shot and killed Rafiq Ahmed Mirza, a shopkeeper, on Monday.") == 1
    assert dead("Gunmen shot and killed Rafiq Ahmed Mirza, his brother said on Monday.") == 1
    # a threat to kill is no killing
    assert dead("He threatened to kill her and her two sons, police said on Monday. A neighbour was shot dead.") == 1


def test_a_participle_of_another_noun_is_no_outcome_of_the_people_counted():
    # the rally was held, not the bomber
    assert [c for c in brief("A bomber detonated his vest at a rally held at a bazaar.") if c[1] == "arrested"] == []
    assert [c[:2] for c in brief("Police said two men were held after the raid.")] == [(2, "arrested")]


def test_groups_joined_under_one_outcome_are_different_people():
    assert dead("Two foreigners and a security man were killed in a shootout on Monday.") == 3
    assert dead("A man and boy were killed when gunmen fired on their car on Monday.") == 2
    # a breakdown after a comma restates the total
    assert dead("At least 19 people, nine soldiers and 10 assailants, were killed in the clash on Monday.") == 19
    # "along with" adds the people after it to those the killing word names
    assert dead("Militants killed the chief of the village council, Sabir Khan, along with two of his aides, "
                "on Monday.") == 3
    assert dead("Militants killed a tribal elder along with his two sons on Monday.") == 3


def test_a_victim_named_with_a_title_after_the_killing_word_is_one_dead():
    assert dead("Gunmen on motorcycles shot dead local councillor Abdul Karim Baloch on Monday.") == 1
    assert dead("Militants fired on and killed professor Rahim Gul Khattak near his home on Monday.") == 1
    assert dead("The gunmen pulled the elder and his son from their car before killing them both on Monday.") == 2
    # a protest against a killing tells of no new dead
    assert dead("Students marched on Monday to protest the killing of blogger Rahim Gul Khattak.") == 0
    # "men are", "included": the words after the outcome, not a title
    assert dead("Two men were shot on Monday. The injured men are Rahim Gul and Karim Khan, police said.") == 0


def test_a_running_toll_and_a_person_described_twice_are_not_added_up():
    # the toll that rose replaces the first count, in the same sentence too
    assert dead("Initially 48 were killed and 65 were injured in the bombing on Monday, but the death toll rose "
                "to 53 by Tuesday.") == 53
    # one subject of "was killed", described twice
    assert dead("Qasim, the provincial leader and an imam, was killed in the attack on Monday.") == 1
    assert dead("A soldier and a policeman were killed in the attack on Monday.") == 2


def test_each_name_a_killing_word_lists_is_one_dead():
    assert dead("Gunmen opened fire on Monday, killing Nasreen Baloch, a nurse, and Karim Bux Mengal, a guard.") == 2
    assert dead("Gunmen shot and killed Rafiq Ahmed Mirza and Karim Bux Baloch near a market on Monday.") == 2
    # a name after "and" that begins another clause is no victim
    assert dead("Gunmen killed Rafiq Ahmed Mirza and Police Chief Ali said on Monday the attack was planned.") == 1


def test_a_killing_a_protest_answers_is_its_cause_not_its_toll():
    assert dead("On 9 March, residents demonstrated in the town after a gendarme shot and killed a moto-taxi driver.") == 0
    assert dead("On 9 March, youths blocked several streets to express their anger following the killing of a "
                "trader by unknown gunmen.") == 0
    assert dead("On 9 March, activists staged a dharna condemning the murder of a party worker.") == 0
    assert dead("On 9 March, after a shopkeeper was killed by gunmen, traders protested outside the police station.") == 0
    assert dead("Outraged by the murder of 20 woodcutters by police on 7 March, lawyers staged protests on 9 March.") == 0
    assert dead("On 9 March, students protested against the killing of Rahim Gul Khattak.") == 0
    assert dead("On 9 March, traders protested the shooting death of a shopkeeper by police.") == 0
    assert dead("On 9 March, after a candidate was murdered, his supporters rioted, overturning cars.") == 0
    # deaths at the protest itself are its toll, and so are those of a clause of their own
    assert dead("On 9 March, violence erupted after the vote count, killing five people.") == 5
    assert dead("On 9 March, protesters demonstrated after Friday prayers when police shot dead two of them.") == 2
    assert dead("On 9 March, after police opened fire, two protesters were killed.") == 2
    assert dead("On 9 March, protesters marched to the governor's office; police fired on them, killing three.") == 3


def test_a_relative_clause_of_another_noun_is_not_the_counted_peoples_outcome():
    # the man died, not his twenty friends
    assert brief("About 20 friends and family of a man who died in a crash rallied outside the court.") == []
    assert [c[:2] for c in brief("Five members of a family who were travelling in a van were killed.")] == [(5, "killed")]


def test_people_of_either_fate_are_counted_in_neither():
    # "killed, injured or captured": how many of each is not said
    assert brief("On 7 May, 3 rebels were killed, injured or captured during the operation.") == []
    assert brief("Several soldiers were killed or wounded in the fighting.") == []
    assert [c[:2] for c in brief("Two were killed, three injured.")] == [(2, "killed"), (3, "injured")]


def test_ranges_families_and_the_people_they_killed_are_counted():
    # "between 2 to 4": the conservative end of the range
    assert dead("On 7 March, gunmen fired on a patrol, killing between 2 to 4 soldiers.") == 2
    # "a family of three" are three people
    assert dead("On 7 March, a shell killed a family of three, including a child, and wounded two others.") == 3
    # "They later killed them": the people the sentence before counted
    assert dead("On 7 March, gunmen abducted 9 soldiers from a checkpoint. They later killed them and dumped "
                "their bodies by the road.") == 9


def test_the_wounding_of_a_person_is_one_injured():
    assert [c[:2] for c in brief("Police are investigating the Monday morning wounding of a teenager.")] == [(1, "injured")]


def test_those_hit_of_whom_some_died_leave_the_rest_wounded():
    from eventcoder.pipeline import code

    (e, *_) = code("On 9 March, four people were shot outside a club, one of whom died.", published="2024-03-10").events
    assert (e.fatalities, e.injured) == (1, 3)


def test_the_body_that_announces_a_toll_is_not_its_perpetrator():
    # the military's media wing is the claim's source; the group it blames did the killing
    text = ("The Inter-Services Public Relations (ISPR) said in a statement issued after the operation that "
            "terrorists of the Baloch Liberation Army had killed 14 labourers near Turbat.")
    (claim,) = eventcoder.code(text, published="2026-02-04").claims
    assert (claim.count, claim.source, claim.perpetrator) == (14, "ISPR", "BLA: Baloch Liberation Army")
    # a speaker is the perpetrator only when the sentence names no one else
    (claim,) = eventcoder.code("The army said its troops killed 9 militants in Kurram.", published="2026-02-04").claims
    assert claim.perpetrator == "Military Forces of Pakistan"


def test_people_who_then_speak_are_the_source_not_more_victims():
    assert brief("A bomb exploded at a mosque in Kunduz, killing 46 worshippers, a local official said.") == [
        (46, "killed", "civilians", "officials")]
    assert brief("A suicide bomber struck worshippers in Mazar, killing 31 people, a Taliban spokesman said.")[0] == (
        31, "killed", "unknown", "Taliban")
    assert [c.words for c in claims("Bombers killed 31 people, a Taliban spokesman said.")] == ["31 people"]
    # a count is no title of a named victim ("killed professor Sanaullah Khan")
    assert [c.count for c in claims("Troops raided the camp, killing three Palestinians, the ministry said.")] == [3]
    # a person listed after the count, who does not speak, is another victim
    assert [c[0] for c in brief("A bomb exploded in Kunduz, killing 46 worshippers, a local official and a "
                                "soldier.")] == [46, 1, 1]


def test_peacekeepers_are_security_forces_among_the_victims():
    assert brief("Rebels attacked the town on Wednesday. Two peacekeepers were wounded.") == [
        (2, "injured", "security forces", None)]


def test_a_force_that_counts_its_own_dead_contradicts_the_attackers_claim():
    text = ("Al Shabaab militants attacked an army base near the border on Sunday, the group said, claiming to have "
            "killed 25 Kenyan soldiers. The Kenyan military said three of its soldiers were killed.")
    report = eventcoder.code(text, published="2024-03-10")
    (event,) = report.events
    assert (event.low, event.best, event.high, event.fatalities) == (3, 3, 25, 3)
    own = next(c for c in report.claims if c.count == 3)
    assert (own.victims, own.perpetrator) == ("security forces", None)  # the army that counts them killed none


def test_a_lower_toll_another_source_puts_competes_with_the_first_and_does_not_replace_it():
    text = ("Herdsmen attacked a farming community on Friday night, killing more than 100 people, Amnesty "
            "International said. Local officials put the death toll at 43.")
    report = eventcoder.code(text, published="2024-03-10")
    (event,) = report.events
    assert (event.fatalities, event.low) == (43, 43) and event.high >= 100
    assert any(f.kind == "contradiction" for f in report.findings)
    # a toll that rises as the day goes on still replaces the count before it
    assert dead("A bomb killed 12 people at a market on Friday, police said. The death toll later rose to 20, "
                "police said.") == 20


def test_an_age_given_after_also_or_aged_counts_no_one():
    text = "A 15-year-old has died following a shooting on Friday. Another teen, also 15, was shot in the foot."
    assert [(c.count, c.outcome) for c in claims(text)] == [(1, "killed"), (1, "injured")]
    assert [(c.count, c.outcome) for c in claims("A woman, aged 23, was shot in the leg.")] == [(1, "injured")]


def test_an_outcome_denied_counts_no_one():
    assert claims("The informer was not killed; however, one child was injured in the blast.")[0].outcome == "injured"
    assert brief("My dad is 40 and he has never been shot.") == []
    # not seriously hurt is hurt
    assert brief("Two passersby were grazed by bullets. Both of them were not seriously injured.")[-1][:2] == (2, "injured")


def test_an_age_range_or_a_stations_number_counts_no_one():
    text = "Five men and one woman, all between the ages of 18 and 22, were shot when an argument spilled outside."
    assert sum(c.count for c in claims(text)) == 6
    assert brief("Police told 13 News two people were shot at a motel late last night.")[0][0] == 2


def test_a_list_of_ages_or_a_rifles_caliber_counts_no_one():
    text = "Officers found two men, aged 19, 24 and 57, with gunshot wounds outside a bar on Saturday."
    assert [(c.count, c.outcome) for c in claims(text)] == [(2, "injured")]
    text = "A hunter was hurt when his partner's rifle went off, deputies said. The weapon was a single shot 308."
    assert [(c.count, c.outcome) for c in claims(text)] == [(1, "injured")]


def test_a_headline_run_into_the_story_says_its_count_again_rather_than_adding_to_it():
    # copy whose headline lost its line break, and a bulletin after a dash and a hashtag: one shooting of four
    text = ("Police: Four shot in Dayton, OH Metro Police: Four shot in Dayton, OH Police are investigating a shooting "
            "that left four people hurt early Sunday.  - Officers said three of the wounded were men.  "
            "#BREAKING: Four people shot in #Dayton.")
    (event,) = eventcoder.code(text, published="2024-03-10").events
    assert event.injured == 4
    # two counts joined in one sentence still add up
    (event,) = eventcoder.code("Two women and two men were wounded in the shooting on Sunday.",
                               published="2024-03-10").events
    assert event.injured == 4


def tolls(text: str) -> tuple[int, int | None]:
    (event, *_) = eventcoder.code(text, published="2024-03-10").events
    return event.fatalities, event.injured


def test_some_of_a_count_are_counted_not_the_whole():
    # what befell "one of the two men" befell one of them
    assert tolls("One of the two men was killed in the ambush.") == (1, None)
    assert tolls("Three of the five soldiers were killed when their vehicle hit a mine.")[0] == 3
    assert tolls("Gunmen killed one of the five soldiers guarding the checkpoint.")[0] == 1
    # those said to be hit, of whom some died: the rest are the wounded
    assert tolls("One of four women wounded in a shooting at a party on Saturday has died, police said.") == (1, 3)
    assert tolls("Two of the three men who were shot outside the bar on Friday have died.") == (2, 1)
    # but an outcome said of them all is theirs, and someone said to be one of them is one of the count
    assert tolls("One of two men who were shot to death near the market on Friday has been identified.")[0] == 2
    assert tolls("Ali Raza, 42, was one of five people shot at the bus stand on Sunday. He died on Thursday.") == (1, 4)


def test_a_count_belongs_to_the_source_of_its_own_clause():
    report = eventcoder.code("The attack left at least 30 dead, according to local officials, while the army put the "
                             "toll at 18.", published="2024-03-10")
    assert [(c.count, c.source) for c in report.claims] == [(30, "officials"), (18, "military")]
    assert (report.events[0].fatalities, report.events[0].high) == (18, 30)
    assert [f.kind for f in report.findings] == ["contradiction"]
    # "while" that goes on with the same source's account joins two of its counts
    assert tolls("Police say the uncle was shot in the hand, while the child was shot in the chest, according to "
                 "authorities.") == (0, 2)


def test_an_earlier_attack_like_it_is_history():
    report = eventcoder.code("Two weeks ago, 11 soldiers were killed in a similar ambush in the same district. On "
                             "Monday, militants attacked a patrol near Ghazni, killing three soldiers.",
                             published="2024-05-14")
    assert [c.background for c in report.claims] == [True, False]
    assert (report.events[0].fatalities, report.events[0].event_date) == (3, "2024-05-13")


def test_one_more_dead_told_by_an_ordinal_and_some_said_to_be_among_the_dead():
    assert tolls("Two people died on the spot and a third succumbed to his injuries in hospital.")[0] == 3
    # one more person, not one more death; and "a sixth grade student" is one student
    assert tolls("Two men suffered gunshot wounds and a third died at the scene, the sheriff said.") == (1, 2)
    assert tolls("Gunmen shot and killed a sixth grade student near his house on Thursday.")[0] == 1
    report = eventcoder.code("The army said it had killed 25 insurgents in the operation. Residents said at least 10 "
                             "civilians were among the dead.", published="2024-03-10")
    assert report.events[0].fatalities == 25 and report.claims[1].part_of == 0


def test_an_unspecified_number_counts_no_one():
    assert tolls("Warplanes bombed militant positions near the lake, killing an unspecified number of fighters.")[0] == 0


def test_one_person_said_again_in_the_same_words_and_a_campaigns_toll_are_not_added():
    assert tolls("One student was killed when gunmen opened fire on their vehicle near the market, killing one student "
                 "and wounding another.")[0] == 1
    assert tolls("A suicide bomber killed four civilians at the agency's offices on Monday. The army's operation in "
                 "the valley was launched in April and has left more than 2,000 militants dead.")[0] == 4


def test_the_dead_said_to_have_been_shot_are_not_also_wounded():
    text = ("A man fatally shot seven people before killing himself, the sheriff said. Investigators concluded the "
            "victims were shot with the same pistol.")
    assert [(c.count, c.outcome) for c in claims(text) if c.outcome == "injured"] == []


def test_a_count_said_with_its_wounds_after_a_comma_is_some_of_the_count_before():
    text = "A shooting on Friday night left six people injured, five with gunshot wounds, police said."
    (event,) = eventcoder.code(text, published="2024-03-10").events
    assert event.injured == 6


def test_mourners_of_the_dead_are_not_counted_dead():
    assert brief("Hundreds gathered to mourn slain police officers on Sunday.") == []
    assert brief("Dozens held a vigil for the slain teenagers.") == []


def test_a_count_of_ones_own_people_after_the_outcome_is_counted():
    assert brief("A man killed his two sons on Sunday.") == [(2, "killed", "civilians", None)]
    assert brief("Gunmen killed their two hostages.")[0][:2] == (2, "killed")


def test_a_couple_however_described_is_two_people():
    assert brief("An elderly couple was found shot dead in their home.")[0][:2] == (2, "killed")
    assert brief("A young couple were killed in a drive-by shooting on Friday.")[0][:2] == (2, "killed")


def test_a_source_describing_one_of_the_wounded_does_not_dispute_their_count():
    text = ("Two teenagers were wounded in a shooting early Sunday. The older boy suffered gunshot wounds to the "
            "back, police said. The younger boy was shot in the left shoulder, police said.")
    (event,) = eventcoder.code(text, published="2024-03-10").events
    assert event.injured == 2


def test_no_one_hurt_is_none_counted_and_zero_injured():
    report = eventcoder.code("A bomb exploded at a grocery shop on Monday. No one was killed, and no one was hurt.",
                             published="2024-03-10")
    assert report.claims == []
    (event,) = report.events
    assert (event.fatalities, event.injured) == (0, 0)
    # a report that says nothing of the wounded leaves their number unknown
    assert eventcoder.code("A bomb exploded at a grocery shop on Monday.", published="2024-03-10").events[0].injured \
        is None


def test_a_count_said_to_be_spared_counts_no_one():
    assert brief("None of the 12 people inside the shop were injured.") == []
    # one not among those counted leaves the count
    assert brief("Khan was not among the seven people injured in the attack.")[0][:2] == (7, "injured")


def test_people_said_to_be_spared_are_not_counted():
    assert brief("Neither of the two guards was hurt.") == []
    assert brief("Not one person was injured in the blast.") == []
    assert brief("Two people were killed, but none of the children was hurt.") == [(2, "killed", "unknown", None)]


def test_people_a_shooting_sent_to_hospital_are_its_wounded_when_no_one_else_counts_them():
    text = "Police searched a west side neighborhood after a shooting that sent four people to the hospital Saturday."
    (event,) = eventcoder.code(text, published="2024-03-10").events
    assert event.injured == 4
    assert eventcoder.code("Two officers went to the hospital to visit the victims.",
                           published="2024-03-10").claims == []
