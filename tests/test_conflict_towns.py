"""Well-known towns of today's conflicts are read in their country when a report names it: a check of the
gazetteer and of how names are cut from text (hyphens, articles, particles), over towns a conflict analyst
knows (composed from public knowledge of the conflicts, not from any dataset)."""

from __future__ import annotations

import pytest

from eventcoder.recognize.actors import country_name
from eventcoder.recognize.places import find_places

TOWNS = {
    "AF": "Kabul|Kandahar|Herat|Mazar-i-Sharif|Jalalabad|Kunduz|Lashkar Gah|Ghazni|Khost|Gardez|Pul-e-Khumri|Faizabad|Sangin|Musa Qala|Marjah|Spin Boldak|Tarin Kot|Qalat|Farah|Chaharikar|Asadabad|Mehtarlam|Maidan Shahr|Pul-i-Alam|Sar-e-Pul|Shindand",
    "PK": "Peshawar|Quetta|Karachi|Lahore|Islamabad|Rawalpindi|Bannu|Miranshah|Wana|Parachinar|Mingora|Dera Ismail Khan|Turbat|Gwadar|Panjgur|Khuzdar|Mastung|Chaman|Zhob|Dera Bugti|Kohat|Hangu|Mardan|Charsadda|Swabi|Lakki Marwat|Tank|Jamrud|Landi Kotal|Bajaur|Khar|Chitral|Gilgit|Muzaffarabad|Sukkur|Larkana|Hyderabad|Nawabshah|Jacobabad|Sibi|Kalat|Nushki|Dalbandin|Pishin|Loralai",
    "SY": "Aleppo|Idlib|Homs|Hama|Raqqa|Deir ez-Zor|Douma|Daraa|Qamishli|Hasakah|Manbij|Afrin|Kobani|Tal Abyad|Ras al-Ain|Saraqeb|Jisr al-Shughur|Palmyra|Al-Bab|Azaz|Jarablus|Albu Kamal|Mayadin|Latakia|Tartus|Khan Shaykhun|Ariha",
    "IQ": "Baghdad|Mosul|Kirkuk|Fallujah|Ramadi|Tikrit|Samarra|Baqubah|Basra|Erbil|Sinjar|Tal Afar|Hawija|Haditha|Al-Qaim|Rutba|Tuz Khurmatu|Jalawla|Balad|Karbala|Najaf|Nasiriyah|Amarah|Kut",
    "YE": "Sanaa|Aden|Taiz|Hodeidah|Marib|Saada|Mukalla|Ataq|Zinjibar|Lawdar|Al-Bayda|Hajjah|Dhamar|Ibb|Amran|Al-Hazm|Mocha|Khokha|Hays|Bayhan",
    "SO": "Mogadishu|Kismayo|Baidoa|Beledweyne|Galkayo|Bosaso|Garowe|Jowhar|Afgoye|Marka|Barawe|Hudur|Bardhere|Dhusamareb|Guriel|Jilib|Bulo Burte|Afmadow|Dhobley|Wanlaweyn|Balcad",
    "NG": "Maiduguri|Damaturu|Yola|Mubi|Gwoza|Bama|Konduga|Monguno|Dikwa|Damboa|Biu|Potiskum|Gusau|Katsina|Sokoto|Kaduna|Jos|Makurdi|Minna|Kano|Abuja|Lagos|Port Harcourt|Owerri|Onitsha|Birnin Gwari|Zaria|Kafanchan",
    "ML": "Bamako|Gao|Timbuktu|Kidal|Mopti|Sevare|Menaka|Tessalit|Aguelhok|Ansongo|Bourem|Douentza|Djenne|Bandiagara|Koro|Niono|Segou|Nampala|Tenenkou|Boni|Hombori|Diafarabe",
    "BF": "Ouagadougou|Djibo|Dori|Kaya|Ouahigouya|Fada N'gourma|Diapaga|Arbinda|Gorom-Gorom|Kongoussi|Barsalogho|Tougan|Nouna|Dedougou|Sebba|Titao|Solenzo|Kantchari|Pama",
    "NE": "Niamey|Tillaberi|Diffa|Agadez|Tahoua|Maradi|Zinder|Ayorou|Abala|Ouallam|Torodi|Banibangou|Mainé-Soroa|Tassara|Tillia|Inates",
    "CD": "Goma|Bukavu|Beni|Butembo|Bunia|Kinshasa|Uvira|Rutshuru|Masisi|Walikale|Kalemie|Kananga|Tshikapa|Mbandaka|Kisangani|Oicha|Mambasa|Djugu|Sake|Minova|Lubero",
    "SD": "Khartoum|Omdurman|Bahri|El Fasher|Nyala|El Geneina|Zalingei|Ed Daein|Kadugli|El Obeid|Wad Madani|Port Sudan|Kassala|Gedaref|Sennar|Kosti|Dilling|Babanusa|Al-Fula|Umm Ruwaba|Tawila|Kutum|Mellit",
    "ET": "Addis Ababa|Mekelle|Gondar|Bahir Dar|Dessie|Kombolcha|Lalibela|Debre Birhan|Debre Markos|Debre Tabor|Woldia|Shire|Axum|Adigrat|Humera|Nekemte|Ambo|Gimbi|Dembi Dolo|Jimma|Shashemene|Hawassa|Dire Dawa|Jijiga|Gode|Metekel",
    "MM": "Yangon|Mandalay|Naypyidaw|Sittwe|Myitkyina|Lashio|Hpakant|Monywa|Magway|Loikaw|Hakha|Falam|Tamu|Kale|Myawaddy|Hpa-An|Bago|Pyay|Dawei|Mawlamyine|Mrauk-U|Kyaukme|Muse|Laukkaing",
    "UA": "Kyiv|Kharkiv|Donetsk|Luhansk|Mariupol|Bakhmut|Avdiivka|Kramatorsk|Sloviansk|Zaporizhzhia|Kherson|Mykolaiv|Odesa|Dnipro|Sumy|Chernihiv|Pokrovsk|Kupiansk|Izium|Lysychansk|Sievierodonetsk|Horlivka|Toretsk|Vuhledar|Marinka|Melitopol|Nikopol|Chasiv Yar|Kurakhove|Selydove",
    "IN": "Srinagar|Anantnag|Baramulla|Sopore|Kupwara|Pulwama|Shopian|Kulgam|Poonch|Rajouri|Jammu|Imphal|Churachandpur|Moreh|Kohima|Dimapur|Guwahati|Kokrajhar|Raipur|Dantewada|Bijapur|Sukma|Narayanpur|Gadchiroli|Malkangiri|Gumla|Latehar",
    "BD": "Dhaka|Chittagong|Khulna|Rajshahi|Sylhet|Barisal|Rangpur|Comilla|Bogra|Narayanganj|Gazipur|Cox's Bazar|Teknaf|Ukhia|Rangamati|Khagrachhari|Bandarban|Feni|Noakhali|Chandpur",
    "MX": "Culiacan|Ciudad Juarez|Tijuana|Acapulco|Chilpancingo|Celaya|Irapuato|Salamanca|Uruapan|Apatzingan|Zamora|Morelia|Guadalajara|Reynosa|Nuevo Laredo|Matamoros|Monterrey|Cuernavaca|Chihuahua|Fresnillo|Zacatecas|Cancun",
    "CO": "Bogota|Medellin|Cali|Cucuta|Tumaco|Buenaventura|Popayan|Arauca|Tame|Saravena|Quibdo|Caucasia|Tibu|Ocana|Toribio|Suarez|Jamundi",
    "HT": "Port-au-Prince|Cap-Haitien|Gonaives|Saint-Marc|Petion-Ville|Croix-des-Bouquets|Mirebalais|Les Cayes|Jacmel|Cite Soleil|Carrefour|Delmas|Tabarre",
    "PS": "Gaza|Khan Younis|Rafah|Jabalia|Deir al-Balah|Beit Lahia|Beit Hanoun|Nuseirat|Jenin|Nablus|Tulkarm|Hebron|Ramallah|Qalqilya|Bethlehem|Jericho|Tubas",
    "LB": "Beirut|Tyre|Sidon|Nabatieh|Bint Jbeil|Marjayoun|Baalbek|Tripoli|Hermel|Khiam|Naqoura",
    "LY": "Tripoli|Benghazi|Misrata|Sirte|Sabha|Derna|Zawiya|Gharyan|Tarhuna|Ajdabiya|Tobruk|Ubari|Murzuq|Kufra|Bani Walid",
    "CM": "Bamenda|Buea|Kumba|Limbe|Mamfe|Kumbo|Ndop|Wum|Maroua|Mora|Kolofata|Amchide|Fotokol|Kousseri|Mokolo",
    "MZ": "Pemba|Mocimboa da Praia|Palma|Macomia|Mueda|Quissanga|Ancuabe|Montepuez|Nangade|Meluco|Muidumbe",
}


@pytest.mark.parametrize("cc", sorted(TOWNS))
def test_conflict_towns_are_read_in_their_country(cc: str):
    wrong = []
    for name in TOWNS[cc].split("|"):
        found = [m for m in find_places(f"Fighting broke out in {name}, {country_name(cc)}, on Monday.")
                 if m.place.feature != "country"]
        if not found or found[0].place.country_code != cc or found[0].span.text != name:
            wrong.append((name, [(m.span.text, m.place.country_code) for m in found[:2]]))
    assert wrong == []
