"""The nouns of an organisation's kind, as names carry them in the languages of invites.

A business names itself with the noun of its trade or kind: after the name in English and
Dutch ("Harlow Bank", "Fenwick Medical Center"), before it in the Romance languages and often
in German ("Banco Alvorada", "Supermercados Vila Rica", "Landgasthof Adler", "Café Hallbeck").
People shorten the name to the part without that noun (a mailbox "Vila Rica Talentos", a title
"Probearbeiten Adler"), and write it whole where it names the business (a signature, the
location, a sentence of the letter). The words are folded (``textscan.fold``).
"""

from __future__ import annotations

#: Nouns of a public body's or an institution's kind, which its short name in a mailbox
#: leaves out ("Acme Recruitment" for "Acme Hospitals Trust", "Acme School Office").
INSTITUTION = frozenset(
    {"school", "hospital", "hospitals", "trust", "university", "college", "council", "academy",
     "foundation", "institute", "clinic", "surgery", "authority", "ministry", "department",
     "charity", "society", "church", "nhs", "county", "borough", "district", "museum",
     "library", "schule", "universitat", "hochschule", "klinikum", "ecole", "universite",
     "escuela", "colegio", "universidad", "escola", "universidade", "scuola",
     "universita", "ospedale", "ziekenhuis", "universiteit", "gemeente"}
)  # fmt: skip

#: Nouns of a business's kind that begin its name in the Romance languages, German and Dutch
#: ("Banque Lemarin", "Grupo Alcazar", "Bakkerij Sollbrook", "Café Hallbeck").
LEADING = frozenset(
    {"banque", "banco", "banca", "groupe", "grupo", "gruppo", "societe", "sociedad", "societa",
     "sociedade", "cabinet", "clinique", "clinica", "hopital", "hospital", "ospedale",
     "laboratoires", "laboratorios", "laboratori", "colegio", "escuela", "ecole", "scuola",
     "universidad", "universite", "universita", "universidade", "fundacion", "fondation",
     "fondazione", "fundacao", "ayuntamiento", "mairie", "comune", "padaria", "panaderia",
     "boulangerie", "farmacia", "pharmacie", "restaurante", "ristorante", "hotel", "bakkerij",
     "gemeente", "stichting", "baeckerei", "backerei", "gasthaus", "autohaus", "cooperativa",
     "cooperative", "caisse", "caixa", "cassa", "caja", "compagnie", "compania", "companhia",
     "compagnia", "coop",
     # shops, food and drink, lodging: the trades that most often put their noun first
     "supermercado", "hipermercado", "supermarche", "supermercato", "mercado", "mercato",
     "drogaria", "drogueria", "pasteleria", "confeitaria", "patisserie", "pasticceria",
     "brasserie", "cafe", "caffe", "cafeteria", "trattoria", "pizzeria", "osteria",
     "taverna", "hostal", "pousada", "albergo", "auberge", "gasthof", "wirtshaus",
     "konditorei", "metzgerei", "brauerei", "apotheke", "praxis", "kanzlei", "optica",
     "otica", "libreria", "livraria", "librairie", "editorial", "editora", "edizioni",
     "editions", "atelier", "etablissement", "maison", "tienda", "loja", "magasin",
     "distribuidora", "construtora", "constructora", "transportadora", "instituto",
     "institut", "istituto", "associacao", "associazione", "association", "asociacion",
     "vereniging", "slagerij", "brouwerij", "apotheek", "hogeschool", "ziekenhuis",
     "residencia", "immobiliare", "inmobiliaria", "imobiliaria", "agence", "agencia",
     "agenzia", "bodega", "cantina", "fromagerie", "boucherie", "charcuterie",
     "ferreteria", "ferramenta", "carrozzeria",
     # houses, estates and workshops named for their owner or place ("Casa Quevedo", "Domaine
     # Laroche", "Weingut Quandt", "Quinta do Vale", "Talleres Ruiz", "Studio Novak")
     "casa", "domaine", "chateau", "weingut", "quinta", "granja", "hacienda", "taller",
     "despacho", "bottega", "studio", "estudio", "estudi"}
)  # fmt: skip

#: Nouns of a business's kind that end its name, beyond the institutions'.
ENDING = frozenset(
    {"bank", "group", "health", "healthcare", "care", "home", "homes", "holdings", "partners",
     "labs", "systems", "solutions", "services", "logistics", "foods", "insurance", "capital",
     "energy", "motors", "media", "studio", "studios", "consulting", "hotel", "hotels",
     "restaurant", "bakery", "pharmacy", "dental", "practice", "pub", "inn", "garage",
     "nursery", "salon", "kitchen", "brewery", "farm", "farms", "store", "stores", "shop",
     "joinery", "roofing", "builders", "construction", "engineering", "architects",
     "associates", "solicitors", "accountants", "recruitment", "agency", "network", "trust",
     "software", "analytics", "technologies", "technology", "robotics", "pharmaceuticals",
     "therapeutics", "biosciences", "manufacturing", "industries", "electric", "freight",
     # the same in the other languages of invites
     "logistik", "versicherung", "versicherungen", "technik", "bau", "werk", "werke", "gruppe",
     "holding", "systeme", "immobilien", "stiftung", "klinik", "klinikum", "verlag",
     "apotheke", "backerei", "baeckerei", "metzgerei", "brauerei", "logistiek", "bouw",
     "techniek", "groep", "verzekeringen", "assurances", "conseil", "seguros", "alimentos",
     "logistica", "tecnologia", "ingenieria", "construcciones", "transportes", "arquitectos",
     "abogados", "asesores", "consultores", "cosmeticos", "servicos", "solucoes",
     "costruzioni", "trasporti", "assicurazioni", "architetti", "avocats", "architectes",
     "maschinenbau", "anlagenbau", "metallbau", "stahlbau", "holzbau", "elektrotechnik",
     # trades a mailbox or a display name leaves out ("Quorval" for "Quorval Tech", "Selección
     # Velmar" for "Velmar Energía"), in the languages of invites
     "tech", "digital", "ventures", "networks", "telecom", "pharma", "biotech", "medical",
     "dynamics", "materials", "chemicals", "brands", "retail", "mobility", "security",
     "finance", "financial", "realty", "properties", "utilities", "mining", "metals",
     "textiles", "games", "entertainment", "publishing", "education", "advisory", "global",
     "international", "cosmetics", "nutrition", "dairy", "automotive", "aviation", "airlines",
     "transport", "shipping", "interactive", "communications", "telecommunications",
     "electronics", "automation", "aerospace", "environmental", "infrastructure",
     "energia", "energias", "energie", "tecnologias", "tecnologie", "technologie",
     "technologien", "ingegneria", "ingenierie", "engenharia", "consultoria", "consulenza",
     "beratung", "advies", "financiera", "finanzas", "finanze", "farmaceutica",
     "farmaceutici", "bebidas", "mineracao", "mineria", "telecomunicaciones",
     "telecomunicacoes", "sistemas", "sistemi", "systemes", "servicios", "servizi",
     "diensten", "soluciones", "soluzioni", "salud", "saude", "sante", "zorg", "educacion",
     "educacao", "agro", "agricola", "logistique", "transports", "immobilier",
     "distribucion", "distribuicao", "industrias", "industrie", "elektronik", "elettronica",
     "automatisierung", "impianti", "alimentari", "chemie", "quimica", "medizintechnik",
     "digitale", "construcoes", "seguradora", "renovables", "renovaveis"}
)  # fmt: skip

#: The nouns German and Dutch glue another word to ("Landgasthof", "Stadtbäckerei",
#: "Dorpsbakkerij"): a word ending with one names a business of that kind.
COMPOUND_HEADS = (
    "gasthof", "gasthaus", "wirtshaus", "backerei", "baeckerei", "metzgerei", "brauerei",
    "konditorei", "apotheke", "klinik", "praxis", "kanzlei", "bakkerij", "slagerij",
    "brouwerij", "apotheek", "praktijk",
    # German names a craft's workshop with "-erei" ("Schreinerei", "Druckerei", "Gärtnerei"),
    # a firm with "-betrieb" or "-werkstatt", Dutch with "-bedrijf" ("Schildersbedrijf")
    "erei", "betrieb", "werkstatt", "bedrijf",
)  # fmt: skip


def _singular(word: str) -> tuple[str, ...]:
    """``word`` and the singulars its plural ending may hide ("supermercados", "brasseries",
    "laboratoires")."""
    forms = [word]
    if len(word) > 4 and word.endswith("s"):
        forms.append(word[:-1])
        if word.endswith("es"):
            forms.append(word[:-2])
    return tuple(forms)


def leads_name(word: str) -> bool:
    """Is the folded ``word`` a noun of a business's kind that starts its name ("banco",
    "supermercados", "landgasthof")?"""
    if any(form in LEADING for form in _singular(word)):
        return True
    if not word.endswith(COMPOUND_HEADS):  # most words end with none
        return False
    return any(word.endswith(head) and len(word) >= len(head) + 3 for head in COMPOUND_HEADS)


def ends_name(word: str) -> bool:
    """Is the folded ``word`` a noun of an organisation's kind that ends its name ("bank",
    "university", "partners")?"""
    return word in ENDING or word in INSTITUTION
