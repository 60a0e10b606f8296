"""Words for synthetic council records: plausible, plainly invented."""

PLACES = [
    "Eastmere",
    "Kelbridge",
    "Harrowfield",
    "Stanecliffe",
    "Oldmoor",
    "Brackwell",
    "Ferncombe",
    "Tullingham",
]
FIRST = [
    "Amira",
    "Ben",
    "Carys",
    "David",
    "Elif",
    "Farah",
    "George",
    "Hannah",
    "Imran",
    "Jo",
    "Kiran",
    "Laura",
    "Mohammed",
    "Niamh",
    "Owen",
    "Priya",
    "Rachel",
    "Sam",
    "Tariq",
    "Una",
    "Vikram",
    "Wendy",
    "Yusuf",
    "Zoe",
]
LAST = [
    "Ahmed",
    "Brennan",
    "Clarke",
    "Dawson",
    "Evans",
    "Fairclough",
    "Gill",
    "Hussain",
    "Iqbal",
    "Jennings",
    "Khan",
    "Lomax",
    "Mistry",
    "Naylor",
    "O'Hara",
    "Patel",
    "Quinn",
    "Rhodes",
    "Shah",
    "Thornton",
    "Varley",
    "Whitaker",
    "Young",
]
PARTIES = ["Labour", "Conservative", "Liberal Democrat", "Green", "Independent"]
WARDS = [
    "Abbey",
    "Bankside",
    "Castle",
    "Dale",
    "Eastbrook",
    "Fellside",
    "Greenhill",
    "Hillcrest",
    "Ings",
    "Kirkgate",
    "Longlands",
    "Millbank",
    "Northfield",
    "Oakwood",
    "Parkside",
    "Queensbury",
    "Riverside",
    "Southmere",
]
COMMITTEES = [
    ("Council", "The full Council of all elected members."),
    ("Executive", "Takes the key decisions of the Council."),
    ("Planning Committee", "Decides major planning applications."),
    ("Licensing Committee", "Licensing policy and appeals."),
    ("Audit Committee", "Risk, internal control and the annual accounts."),
    ("Health and Wellbeing Board", "Joint strategy for health and care."),
    ("Children's Services Scrutiny Committee", "Scrutiny of services for children."),
    ("Corporate Scrutiny Committee", "Scrutiny of the Council's own business."),
    ("Environment Scrutiny Committee", "Scrutiny of waste, transport and climate."),
    ("North Area Committee", "Local decisions for the northern wards."),
    ("South Area Committee", "Local decisions for the southern wards."),
    ("Standards Committee", "Members' conduct."),
]
TOPICS = [
    "Highways Maintenance Programme",
    "Local Plan Review",
    "Children's Social Care Improvement Plan",
    "Climate Emergency Action Plan",
    "Household Waste and Recycling Strategy",
    "Libraries Service Review",
    "Adult Social Care Charging Policy",
    "Homelessness Prevention Strategy",
    "Town Centre Regeneration",
    "School Places Sufficiency",
    "Air Quality Action Plan",
    "Community Safety Partnership Annual Report",
    "Medium Term Financial Strategy",
    "Treasury Management Mid-Year Review",
    "Parks and Green Spaces Strategy",
    "Flood Risk Management",
    "Taxi and Private Hire Licensing Policy",
    "Youth Service Provision",
    "Leisure Centres Investment",
    "Digital Inclusion Programme",
    "Corporate Risk Register",
    "Annual Governance Statement",
    "Safeguarding Adults Board Annual Report",
    "Empty Homes Strategy",
    "Bus Service Improvement Plan",
]
PROCEDURAL = [
    "Disclosures of interest",
    "Minutes of the previous meeting",
    "Inspection of reports and background papers",
    "Public questions",
]
AUTHORS = [
    "Strategic Director, Place",
    "Strategic Director of Children's Services",
    "Director of Finance",
    "Strategic Director, Health and Wellbeing",
    "City Solicitor",
    "Chief Executive",
    "Director of Public Health",
]
PARTNERS = [
    "West Eastmere Police",
    "Eastmere Clinical Commissioning Group",
    "Eastmere Safeguarding Partnership",
    "Eastmere Housing Trust",
]
EXEMPT = {
    1: "Information relating to any individual.",
    2: "Information which is likely to reveal the identity of an individual.",
    3: "Information relating to the financial or business affairs of any "
    "particular person (including the authority holding that information).",
    4: "Information relating to consultations or negotiations in connection with "
    "any labour relations matter.",
    5: "Information in respect of which a claim to legal professional privilege "
    "could be maintained in legal proceedings.",
}
DUE = [
    ("in six months' time", 182),
    ("in 12 months time", 365),
    ("at the next meeting", 56),
    ("within 28 days", 28),
    ("by the end of the municipal year", 240),
]
SENTENCES = [
    "Members were informed that progress had been made against each of the "
    "actions in the {topic}.",
    "The {author} reported that demand in {place} had risen by {n} per cent over "
    "the year.",
    "It was reported that {n} residents had responded to the consultation.",
    "A representative of {partner} outlined joint work with the Council.",
    "Members welcomed the report and asked that its findings be shared with ward "
    "councillors.",
    "It was noted that the budget for {topic_lower} was under pressure.",
]
QUESTIONS = [
    "How many households in {place} were affected?",
    "What had been learned from the pilot in {place}?",
    "When would the next update be reported to members?",
    "Had partners been consulted on the {topic_lower}?",
    "What would it cost to extend the scheme to every ward?",
]
ANSWERS = [
    "Figures would be circulated to members after the meeting.",
    "Partners had been consulted and their views were reflected in the report.",
    "The pilot in {place} had shown a reduction in repeat referrals.",
    "An update would be brought to the Committee in the new municipal year.",
]
# Words that occur only inside sample documents, so search can be tested on them.
RARE = [
    "quillbarrow",
    "fenwickite",
    "marrowgate",
    "tolsey",
    "brindleford",
    "caskwright",
    "hobthrush",
    "lindenmoor",
]
