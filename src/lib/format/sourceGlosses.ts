/**
 * The fact base describes sources in English (`(copy on WIAT.com)`, `[title not captured] AP
 * report on…`). The French edition gives readers those descriptions in French; titles themselves
 * are never translated.
 */

/** Descriptions that stand in for a title the research could not read. */
export const FRENCH_GLOSSES: Record<string, string> = {
	'AP report on the formal start of the final withdrawal':
		'dépêche de l’AP sur le début officiel du retrait final',
	'AP report: US and NATO begin final withdrawal':
		'dépêche de l’AP sur le début du retrait final des États-Unis et de l’Otan',
	'Georgia begins withdrawing troops from Afghanistan':
		'article sur le début du retrait des soldats géorgiens d’Afghanistan',
	'Politico interactive timeline of US troops in Afghanistan':
		'chronologie interactive de Politico sur les soldats américains en Afghanistan',
	'RFE/RL report on Afghan forces fighting a large-scale Taliban offensive in Helmand':
		'article de RFE/RL sur les forces afghanes face à une vaste offensive des talibans dans le Helmand',
	'Reuters factbox on troop commitments in Afghanistan':
		'fiche de Reuters sur les effectifs engagés en Afghanistan',
	'report on Afghan forces fighting back Taliban offensive in Helmand':
		'article sur la riposte des forces afghanes à l’offensive des talibans dans le Helmand',
	'report on a third 82nd Airborne battalion ordered to Kabul airport':
		'article sur l’envoi d’un troisième bataillon de la 82e division aéroportée à l’aéroport de Kaboul',
	'report on ~3,000 additional US troops deployed':
		'article sur le déploiement de quelque 3\u202f000 soldats américains supplémentaires',
	'Press TV report on the Afghan Defence Ministry statement':
		'article de Press TV sur le communiqué du ministère afghan de la Défense',
	'CRS report R44116': 'rapport R44116 du CRS'
};

const FRENCH_PUBLISHER: [RegExp, string][] = [
	[/\(document copy on ([^)]+)\)/, '(copie du document sur $1)'],
	[/\(copy on ([^)]+)\)/, '(copie sur $1)'],
	[/\(copy in ([^)]+)\)/, '(copie dans $1)'],
	[/\(mirror on ([^)]+)\)/, '(miroir sur $1)'],
	[/\(mirror of a (\d{4}) revision\)/, '(miroir d’une version de $1)'],
	[/\(quoting the Taliban statement\)/, '(citant le communiqué des talibans)'],
	[/\(reporting The New York Times\)/, '(reprenant le New York Times)'],
	[/\(citing the NATO placemat\)/, '(citant la fiche de synthèse de l’Otan)'],
	[/ citing the NATO RSM placemat/, ' citant la fiche de synthèse de l’Otan'],
	[/\(citing ([^)]+)\)/, '(citant $1)'],
	[/\(via Al-Ain, French edition\)/, '(via Al-Ain, édition française)'],
	[/\(via Daily Sabah gallery\)/, '(via la galerie de Daily Sabah)'],
	[/\(Library of Congress\)/, '(Bibliothèque du Congrès)'],
	[/\(see provinces\.csv\)/, '(voir provinces.csv)']
];

/** A source's publisher as the French edition writes it: `AP (copie sur WIAT.com)`. */
export function frenchPublisher(publisher: string): string {
	return FRENCH_PUBLISHER.reduce((text, [from, to]) => text.replace(from, to), publisher);
}
