"""Demo content for Newsroom, in the style of a French tech-news site (FrenchWeb).

Plain data with no Django import: a management command, a fixture builder or a test can
load it. The prose is French with French typography: apostrophe ’, guillemets « » with
narrow no-break spaces inside, ellipsis ….

The first article reproduces the seed page. The articles about real companies (OneWeb,
Technicolor, Microsoft, Salesforce, Oracle, Scallog…) only describe their announcements
and context; every other startup, fund and person quoted is fictional.

Shapes:

- ``CATEGORIES``: slug, name, parent (a slug or None), position, is_in_navigation,
  is_lead (True only for the lead category "a-la-une"), description.
- ``AUTHORS``: slug, name, role, username (a login name, or None for a byline without
  an account), bio.
- ``ARTICLES`` (newest first): slug, title, standfirst (the « chapô »), body (HTML limited
  to p, h2, h3, strong, em, a, ul, ol, li, blockquote), primary_category, categories
  (other category slugs), tags (names), authors (slugs, main author first), published_at
  ("YYYY-MM-DD HH:MM", Europe/Paris; None for the draft), status ("published" or
  "draft"), photo (caption, alt_text, credit, source, color for a generated placeholder;
  or None), related (slugs of published articles, or {"url", "label"} external links).
"""

CATEGORIES = [
    {
        "slug": "a-la-une",
        "name": "À la une",
        "parent": None,
        "position": 1,
        "is_in_navigation": True,
        "is_lead": True,
        "description": "Les articles que la rédaction met en avant sur la page d’accueil.",
    },
    {
        "slug": "actualite",
        "name": "Actualité",
        "parent": None,
        "position": 2,
        "is_in_navigation": True,
        "is_lead": False,
        "description": "Toute l’actualité de l’économie numérique, en France et dans le monde.",
    },
    {
        "slug": "afrique",
        "name": "Afrique",
        "parent": "actualite",
        "position": 3,
        "is_in_navigation": True,
        "is_lead": False,
        "description": (
            "Les start-up, les financements et les politiques numériques du continent africain."
        ),
    },
    {
        "slug": "international",
        "name": "International",
        "parent": "actualite",
        "position": 4,
        "is_in_navigation": True,
        "is_lead": False,
        "description": (
            "Les grandes tendances de la tech et de l’innovation au-delà de l’Hexagone."
        ),
    },
    {
        "slug": "startups",
        "name": "Startups",
        "parent": None,
        "position": 5,
        "is_in_navigation": True,
        "is_lead": False,
        "description": (
            "Levées de fonds, lancements et portraits des jeunes pousses qui font l’écosystème."
        ),
    },
    {
        "slug": "tech",
        "name": "Tech",
        "parent": None,
        "position": 6,
        "is_in_navigation": True,
        "is_lead": False,
        "description": (
            "Intelligence artificielle, cloud, cybersécurité et télécoms : les technologies qui "
            "transforment les entreprises."
        ),
    },
    {
        "slug": "economie",
        "name": "Économie",
        "parent": None,
        "position": 7,
        "is_in_navigation": True,
        "is_lead": False,
        "description": (
            "Les enjeux économiques, financiers et réglementaires de la transformation numérique."
        ),
    },
    {
        "slug": "evenements",
        "name": "Événements",
        "parent": None,
        "position": 8,
        "is_in_navigation": False,
        "is_lead": False,
        "description": (
            "Les webinars, conférences et rendez-vous organisés par la rédaction et ses "
            "partenaires."
        ),
    },
]

AUTHORS = [
    {
        "slug": "jeanne-dussueil",
        "name": "Jeanne Dussueil",
        "role": "Journaliste",
        "username": "jdussueil",
        "bio": (
            "Jeanne Dussueil suit l’actualité des start-up et de l’innovation en France, au "
            "Maghreb et en Afrique subsaharienne. Elle s’intéresse particulièrement aux "
            "écosystèmes émergents et aux politiques publiques du numérique."
        ),
    },
    {
        "slug": "marc-delorme",
        "name": "Marc Delorme",
        "role": "Rédacteur en chef",
        "username": "mdelorme",
        "bio": (
            "Marc Delorme dirige la rédaction après quinze ans passés à couvrir les télécoms et "
            "l’industrie du logiciel. Il signe les analyses consacrées à la régulation et aux "
            "grandes manœuvres du secteur."
        ),
    },
    {
        "slug": "claire-vasseur",
        "name": "Claire Vasseur",
        "role": "Journaliste économie",
        "username": "cvasseur",
        "bio": (
            "Claire Vasseur couvre le capital-risque, les levées de fonds et la santé financière "
            "des entreprises de la tech. Passée par la presse économique régionale, elle "
            "décortique les bilans autant que les pitchs."
        ),
    },
    {
        "slug": "antoine-berthier",
        "name": "Antoine Berthier",
        "role": "Journaliste",
        "username": None,
        "bio": (
            "Antoine Berthier écrit sur la cybersécurité, la mobilité et les nouveaux usages "
            "numériques. Ingénieur de formation, il aime rendre accessibles les technologies les "
            "plus complexes."
        ),
    },
    {
        "slug": "aminata-diop",
        "name": "Aminata Diop",
        "role": "Correspondante à Dakar",
        "username": None,
        "bio": (
            "Aminata Diop est la correspondante de la rédaction à Dakar, d’où elle couvre "
            "l’Afrique de l’Ouest. Elle suit de près l’essor de la fintech et du paiement mobile "
            "sur le continent."
        ),
    },
    {
        "slug": "la-redaction",
        "name": "La rédaction",
        "role": "",
        "username": None,
        "bio": (
            "Les articles signés par la rédaction sont écrits collectivement ou publiés en "
            "partenariat. Ils regroupent notamment les annonces d’événements et les contenus "
            "proposés par nos partenaires."
        ),
    },
]

ARTICLES = [
    {
        "slug": "lalgerie-ouvre-son-premier-cluster-numerique",
        "title": "L’Algérie ouvre son premier cluster numérique",
        "standfirst": (
            "Un cluster dédié à l’économie numérique va ouvrir ses portes en Algérie, dans la "
            "ville nouvelle de Sidi Abdellah. Une convention a été signée, le mardi 10 novembre à "
            "Alger, entre l’Agence nationale de promotion des parcs technologiques (ANPT) et un "
            "groupement d’opérateurs pour la création d’un cluster dans le domaine des TIC, "
            "rapporte le site d’information algérien Alhubeco."
        ),
        "body": (
            # The seed page prints its first paragraph as the standfirst, in bold: it is the
            # standfirst here, and the body carries on from the second paragraph.
            "<p>Le cluster regroupera 32 entités dont une vingtaine d’entreprises publiques et "
            "privées ainsi que des start-up. Le président de ce nouveau groupement est Ahmed Mehdi "
            "Omarouyache, patron de la PME Connext et cofondateur des webdays pour «la Semaine du "
            "Web» en Algérie.</p>"
            "<p>«L’initiative de création du cluster numérique est une partie d’un consensus entre "
            "plusieurs acteurs de ce domaine qui ont senti le besoin de se regrouper pour "
            "développer l’économie numérique en Algérie, de rassembler certains efforts et d’être "
            "également une force de proposition grâce à cette union», a souligné Ahmed Mehdi "
            "Omarouyache, cité par la presse algérienne.</p>"
            "<p>L’Algérie possède déjà quatre clusters dans les boissons, les dattes, la mécanique "
            "de précision et la plasturgie.</p>"
        ),
        "primary_category": "afrique",
        "categories": ["a-la-une", "actualite"],
        "tags": ["Algérie", "Cluster", "Économie numérique", "Afrique"],
        "authors": ["jeanne-dussueil"],
        "published_at": "2020-11-11 08:00",
        "status": "published",
        "photo": {
            "caption": "La ville nouvelle de Sidi Abdellah, près d’Alger, accueillera le cluster.",
            "alt_text": (
                "Vue aérienne de la ville nouvelle de Sidi Abdellah, avec ses immeubles récents, "
                "ses larges avenues et des terrains encore en chantier."
            ),
            "credit": "Capture d’écran Youtube, Sidi Abdellah",
            "source": "",
            "color": "#2e6b4f",
        },
        "related": [
            "a-alger-une-nouvelle-generation-dentrepreneurs-veut-dessiner-une-autre-algerie",
        ],
    },
    {
        "slug": "a-alger-une-nouvelle-generation-dentrepreneurs-veut-dessiner-une-autre-algerie",
        "title": (
            "A Alger, une nouvelle génération d’entrepreneurs veut dessiner une autre Algérie"
        ),
        "standfirst": (
            "Label start-up, fonds public d’amorçage, incubateurs : en quelques mois, l’écosystème "
            "algérien a commencé à se structurer. Dans la capitale, de jeunes fondateurs veulent "
            "prouver que l’innovation peut devenir un moteur de diversification économique."
        ),
        "body": (
            "<p>Dans un espace de coworking des hauteurs d’Alger, les conversations passent sans "
            "transition de l’arabe au français, et du français à l’anglais technique des "
            "développeurs. Autour des grandes tables, une dizaine de fondateurs peaufinent leurs "
            "présentations avant un concours. Beaucoup ont moins de trente ans, la plupart sortent "
            "des écoles d’ingénieurs du pays, et tous partagent la même conviction : l’Algérie "
            "peut, elle aussi, faire naître des champions du numérique.</p>"
            "<p>Le contexte leur est plus favorable qu’il ne l’a jamais été. Depuis le début de "
            "l’année, le gouvernement compte un ministre délégué chargé de l’économie de la "
            "connaissance et des start-up, signe que le sujet est désormais porté au plus haut "
            "niveau de l’État. Un label officiel doit permettre aux jeunes entreprises innovantes "
            "de bénéficier d’avantages fiscaux, et un fonds public, l’Algerian Startup Fund, a été "
            "lancé cet automne pour financer les premiers tours de table.</p>"
            "<h2>Des solutions pensées pour le marché local</h2>"
            "<p>Les projets qui émergent répondent d’abord à des besoins très concrets. Paiement "
            "en ligne, livraison, santé, éducation, agriculture : les fondateurs s’attaquent à des "
            "services que l’économie traditionnelle peine à rendre. Le parcours de Yassir, "
            "application algérienne de transport qui s’est diversifiée dans la livraison, a montré "
            "qu’un acteur local pouvait s’imposer sur son marché face aux modèles importés.</p>"
            "<blockquote><p>« Pendant longtemps, créer sa boîte ici relevait du parcours du "
            "combattant. Aujourd’hui, on a enfin des interlocuteurs, un cadre et des gens qui nous "
            "écoutent. »</p>"
            "</blockquote>"
            "<p>Sofiane Haddad, 29 ans, a cofondé une plateforme de prise de rendez-vous médicaux. "
            "Comme beaucoup de ses camarades de promotion, il a longtemps envisagé de partir en "
            "France ou au Canada, avant de choisir de rester. « La diaspora nous regarde, et "
            "certains commencent à revenir avec de l’expérience et un carnet d’adresses », "
            "observe-t-il.</p>"
            "<h2>Le financement, nerf de la guerre</h2>"
            "<p>Reste l’épineuse question du financement. Le capital-risque privé demeure "
            "embryonnaire, et la réglementation des changes complique l’arrivée d’investisseurs "
            "étrangers. Les jeunes pousses dépendent encore largement de l’autofinancement, des "
            "prix remportés lors de concours et, désormais, des dispositifs publics. La faible "
            "diffusion du paiement électronique freine par ailleurs le développement des modèles "
            "de commerce en ligne.</p>"
            "<p>La signature, ce mardi, de la convention créant un cluster dédié à l’économie "
            "numérique à Sidi Abdellah s’inscrit dans cette dynamique. Pour Lina Benali, qui "
            "dirige un programme d’incubation à Alger, la priorité est désormais de transformer "
            "l’enthousiasme en entreprises pérennes : « Les idées et les talents ne manquent pas. "
            "Ce qu’il nous faut, ce sont des clients, des marchés publics ouverts aux start-up et "
            "des investisseurs prêts à prendre des risques. » Une équation que cette nouvelle "
            "génération entend bien résoudre, convaincue que le numérique peut aider le pays à "
            "réduire sa dépendance aux hydrocarbures.</p>"
        ),
        "primary_category": "afrique",
        "categories": ["a-la-une", "actualite"],
        "tags": ["Algérie", "Startups", "Entrepreneuriat", "Afrique"],
        "authors": ["jeanne-dussueil"],
        "published_at": "2020-11-10 19:30",
        "status": "published",
        "photo": {
            "caption": (
                "Dans un espace de coworking d’Alger, de jeunes fondateurs préparent leurs "
                "présentations."
            ),
            "alt_text": (
                "Plusieurs jeunes femmes et hommes travaillent autour d’une grande table couverte "
                "d’ordinateurs portables, dans un open space lumineux."
            ),
            "credit": "Unsplash / Karim Mansouri",
            "source": "",
            "color": "#7a4b2a",
        },
        "related": [
            "lalgerie-ouvre-son-premier-cluster-numerique",
            (
                "tunisie-deux-ans-apres-le-startup-act-les-jeunes-pousses-veulent-passer-a-la-vitesse-superieure"
            ),
            "cote-divoire-a-abidjan-les-incubateurs-se-multiplient-et-se-specialisent",
        ],
    },
    {
        "slug": "face-a-starlink-oneweb-leve-400-millions-de-dollars-aupres-de-softbank-et-hughes",
        "title": (
            "Face à Starlink, OneWeb lève 400 millions de dollars auprès de SoftBank et Hughes"
        ),
        "standfirst": (
            "Sauvée de la faillite par le gouvernement britannique et l’indien Bharti Global, la "
            "société de constellation satellitaire OneWeb accueille à nouveau SoftBank à son "
            "capital, aux côtés de Hughes. Objectif : tenir son rang dans la course à l’internet "
            "spatial."
        ),
        "body": (
            "<p>Le pari de l’internet par satellite en orbite basse attire de nouveau les "
            "capitaux. OneWeb a annoncé une levée de 400 millions de dollars auprès de deux "
            "investisseurs bien connus de la maison : le groupe japonais SoftBank, qui apporte "
            "l’essentiel de la somme, et l’américain Hughes Network Systems, filiale d’EchoStar. "
            "L’opération porte à 1,4 milliard de dollars le total des fonds réunis par "
            "l’entreprise depuis sa reprise.</p>"
            "<p>Le retour de SoftBank a valeur de symbole. Le conglomérat japonais figurait parmi "
            "les principaux soutiens de OneWeb avant que celle-ci ne se place, en mars 2020, sous "
            "la protection de la loi américaine sur les faillites, faute d’avoir pu boucler un "
            "nouveau financement au début de la pandémie. La société avait ensuite été reprise par "
            "un consortium formé par le gouvernement britannique et le groupe indien Bharti "
            "Global, qui avaient chacun apporté 500 millions de dollars.</p>"
            "<h2>Une constellation de 648 satellites</h2>"
            "<p>L’argent frais doit permettre d’achever le déploiement de la première génération "
            "de la constellation, qui doit compter 648 satellites placés à environ 1 200 "
            "kilomètres d’altitude. Les lancements sont assurés par Arianespace, à bord de fusées "
            "Soyouz. OneWeb vise un premier service commercial dans les régions les plus "
            "septentrionales, dont le Royaume-Uni, l’Alaska, le Canada et l’Arctique, avant "
            "d’étendre progressivement sa couverture au reste du globe.</p>"
            "<p>Contrairement à Starlink, le réseau de SpaceX qui compte déjà plusieurs centaines "
            "de satellites et teste un service grand public en Amérique du Nord, OneWeb ne cherche "
            "pas à vendre directement des abonnements aux particuliers. L’entreprise se positionne "
            "comme un grossiste de la connectivité : elle entend servir les opérateurs télécoms, "
            "les entreprises et les gouvernements, ainsi que les secteurs maritime et aérien.</p>"
            "<h2>Hughes, un partenaire industriel</h2>"
            "<p>La participation de Hughes prolonge une relation ancienne. Le spécialiste "
            "américain des communications par satellite, déjà actionnaire de OneWeb, fournit une "
            "partie des équipements au sol du réseau, notamment les passerelles qui relient la "
            "constellation aux infrastructures terrestres. Son investissement doit renforcer cette "
            "coopération, en particulier pour la distribution des services auprès des entreprises "
            "et des administrations.</p>"
            "<p>La course à l’internet spatial reste néanmoins un marathon très coûteux. Outre "
            "SpaceX, Amazon prépare sa propre constellation, baptisée Kuiper, et d’autres projets "
            "sont à l’étude en Chine comme en Europe. Pour OneWeb, l’enjeu des prochains mois sera "
            "de démontrer la viabilité d’un modèle qui a déjà connu une faillite, dans un marché "
            "où le coût des lancements et celui des terminaux pèsent lourdement sur la "
            "rentabilité.</p>"
        ),
        "primary_category": "international",
        "categories": ["a-la-une", "tech"],
        "tags": ["Satellites", "Levée de fonds", "Télécoms", "SoftBank"],
        "authors": ["marc-delorme"],
        "published_at": "2020-11-10 17:45",
        "status": "published",
        "photo": {
            "caption": (
                "Les satellites de OneWeb doivent fournir un accès à internet depuis l’orbite "
                "basse."
            ),
            "alt_text": (
                "Vue d’artiste d’un satellite aux panneaux solaires déployés, en orbite au-dessus "
                "de la Terre."
            ),
            "credit": "Photo fournie par l’entreprise",
            "source": "OneWeb",
            "color": "#0b2545",
        },
        "related": [
            (
                "satellites-la-start-up-toulousaine-orbivia-veut-surveiller-les-cultures-depuis-lespace"
            ),
            "5g-ce-quil-faut-retenir-des-encheres-francaises",
        ],
    },
    {
        "slug": (
            "webinar-acces-aux-services-digitaux-identite-digitale-comment-repondre-aux-attentes-de-vos-clients"
        ),
        "title": (
            "[Webinar] Accès aux services digitaux & identité digitale : comment répondre aux "
            "attentes de vos clients ?"
        ),
        "standfirst": (
            "Comment offrir à vos clients un accès simple et sécurisé à vos services en ligne sans "
            "sacrifier la conformité ? Rendez-vous le jeudi 19 novembre à 11 heures pour un "
            "webinar organisé en partenariat avec Idalys."
        ),
        "body": (
            "<p><em>Contenu proposé en partenariat avec Idalys.</em></p>"
            "<p>La crise sanitaire a accéléré la bascule des relations commerciales vers le "
            "numérique. Ouverture de compte à distance, signature électronique, espace client, "
            "paiement : les clients attendent désormais des parcours aussi fluides que ceux des "
            "grandes plateformes grand public. Dans le même temps, la multiplication des fraudes à "
            "l’identité et le renforcement des exigences réglementaires obligent les entreprises à "
            "mieux vérifier à qui elles ont affaire.</p>"
            "<p>Comment concilier ces deux impératifs ? Quelles technologies retenir pour "
            "l’authentification forte, la vérification d’identité à distance ou la gestion du "
            "consentement ? Et comment mesurer l’effet de ces choix sur la conversion et la "
            "satisfaction des clients ? Ce webinar réunira des praticiens de la banque, de "
            "l’assurance et de la cybersécurité pour partager leurs retours d’expérience, leurs "
            "réussites comme leurs erreurs.</p>"
            "<h2>Au programme</h2>"
            "<ul><li>État des lieux : ce que les clients attendent vraiment de leurs parcours "
            "numériques</li>"
            "<li>Identité digitale : vérification à distance, authentification forte et lutte "
            "contre la fraude</li>"
            "<li>Retour d’expérience : comment une mutuelle a refondu l’espace en ligne de ses "
            "adhérents</li>"
            "<li>Conformité : RGPD, DSP2 et règlement eIDAS, ce qu’il faut savoir</li>"
            "<li>Questions-réponses avec les participants</li>"
            "</ul>"
            "<h2>Les intervenants</h2>"
            "<ul><li><strong>Sophie Marchand</strong>, directrice de l’expérience client, "
            "Idalys</li>"
            "<li><strong>Karim Benslimane</strong>, architecte identité numérique, Idalys</li>"
            "<li><strong>Nathalie Roussel</strong>, directrice de la transformation numérique, "
            "Mutuelle Horizon</li>"
            "</ul>"
            "<p>Les échanges seront animés par Marc Delorme, rédacteur en chef.</p>"
            "<blockquote><p>« Une identité numérique réussie, c’est celle que le client oublie "
            "parce qu’elle fonctionne sans friction, tout en protégeant ses données. »</p>"
            "</blockquote>"
            "<h3>Informations pratiques</h3>"
            "<ul><li><strong>Date :</strong> jeudi 19 novembre 2020</li>"
            "<li><strong>Horaire :</strong> de 11 heures à 12 heures</li>"
            "<li><strong>Format :</strong> en ligne, gratuit, sur inscription</li>"
            "</ul>"
            "<p>L’inscription est gratuite mais obligatoire. Un lien de connexion sera envoyé la "
            "veille aux participants inscrits, qui pourront poser leurs questions en direct aux "
            "intervenants. Le replay sera ensuite mis à la disposition de l’ensemble des "
            "inscrits.</p>"
        ),
        "primary_category": "evenements",
        "categories": [],
        "tags": ["Webinar", "Identité numérique", "Cybersécurité", "Relation client"],
        "authors": ["la-redaction"],
        "published_at": "2020-11-10 15:00",
        "status": "published",
        "photo": {
            "caption": "Le webinar se tiendra en ligne le jeudi 19 novembre, de 11 heures à midi.",
            "alt_text": (
                "Une main tient un smartphone affichant un écran de connexion sécurisé, devant un "
                "ordinateur portable ouvert."
            ),
            "credit": "Shutterstock",
            "source": "",
            "color": "#4b2e83",
        },
        "related": ["estonie-le-residence-vitrine-dun-etat-entierement-numerique"],
    },
    {
        "slug": (
            "ces-drones-desinfectants-masques-intelligents-quelles-sont-les-dernieres-innovations-anti-covid"
        ),
        "title": (
            "CES: Drones désinfectants, masques intelligents… quelles sont les dernières "
            "innovations anti-Covid?"
        ),
        "standfirst": (
            "Robots à ultraviolets, drones pulvérisateurs, masques connectés : les premières "
            "annonces des exposants du CES, qui se tiendra entièrement en ligne en janvier, "
            "montrent à quel point la pandémie a bouleversé les feuilles de route de "
            "l’électronique grand public."
        ),
        "body": (
            '<p>Pour la première fois de son histoire, le <a href="https://www.ces.tech/">CES</a> '
            "ne se tiendra pas à Las Vegas. Le grand salon de l’électronique grand public, "
            "organisé par la Consumer Technology Association, aura lieu entièrement en ligne du 11 "
            "au 14 janvier 2021. Mais si le format change, l’appétit des exposants reste intact, "
            "et les premières annonces dessinent une tendance de fond : la lutte contre le "
            "Covid-19 s’est imposée comme un thème à part entière.</p>"
            "<p>Depuis le printemps, de nombreux industriels et start-up ont réorienté une partie "
            "de leurs équipes vers des produits liés à l’hygiène, à la qualité de l’air ou à la "
            "distanciation. Certains projets ont été développés en quelques semaines, d’autres "
            "adaptent des technologies déjà éprouvées dans l’industrie ou le milieu "
            "hospitalier.</p>"
            "<h2>Des robots et des drones pour désinfecter</h2>"
            "<p>La désinfection automatisée fait partie des catégories les plus représentées. Des "
            "robots mobiles équipés de lampes à ultraviolets de type C sont proposés pour traiter "
            "les chambres d’hôtel, les salles de classe ou les bureaux en l’absence de public. Des "
            "drones capables de pulvériser des produits désinfectants visent, eux, les grands "
            "espaces comme les stades, les entrepôts ou les halls de gare. Les fabricants mettent "
            "en avant le gain de temps et la réduction de l’exposition des agents d’entretien.</p>"
            "<h2>Le masque devient un objet connecté</h2>"
            "<p>Autre tendance : le masque intelligent. Plusieurs concepteurs présentent des "
            "modèles dotés de filtres remplaçables, de ventilateurs pour faciliter la respiration, "
            "voire de capteurs mesurant la fréquence respiratoire ou signalant le moment de "
            "changer le filtre. D’autres intègrent un micro et un haut-parleur pour compenser "
            "l’étouffement de la voix. Les autres innovations attendues couvrent un large spectre "
            ":</p>"
            "<ul><li>des caméras thermiques et thermomètres sans contact pour les lieux recevant "
            "du public ;</li>"
            "<li>des purificateurs d’air et capteurs de CO2 qui signalent quand il faut aérer une "
            "pièce ;</li>"
            "<li>des bracelets et bagues connectés qui suivent la température ou le rythme "
            "cardiaque ;</li>"
            "<li>des interfaces sans contact, pilotées à la voix ou par gestes, pour les "
            "distributeurs et les ascenseurs.</li>"
            "</ul>"
            "<p>Les start-up françaises, traditionnellement nombreuses sur le CES, devraient elles "
            "aussi présenter des solutions dans ce domaine, de la purification de l’air à la "
            "mesure de la fréquentation des commerces. « La crise a créé une demande qui "
            "n’existait pas il y a un an. Notre défi est de prouver que nos produits fonctionnent "
            "vraiment, au-delà de l’effet d’annonce », résume le dirigeant d’une jeune pousse "
            "spécialisée dans la qualité de l’air.</p>"
            "<p>Car l’enjeu est bien là : beaucoup de ces innovations devront encore démontrer "
            "leur efficacité, obtenir les certifications nécessaires et trouver un modèle "
            "économique durable. Reste à savoir lesquelles survivront à la pandémie, et lesquelles "
            "resteront de simples curiosités d’une année hors norme.</p>"
        ),
        "primary_category": "tech",
        "categories": ["international"],
        "tags": ["CES", "Covid-19", "Santé", "Objets connectés"],
        "authors": ["antoine-berthier"],
        "published_at": "2020-11-10 11:20",
        "status": "published",
        "photo": {
            "caption": (
                "Les robots de désinfection par ultraviolets font partie des innovations attendues."
            ),
            "alt_text": (
                "Un robot mobile blanc équipé de tubes lumineux ultraviolets avance dans le "
                "couloir vide d’un bâtiment."
            ),
            "credit": "Shutterstock",
            "source": "",
            "color": "#3a7ca5",
        },
        "related": [
            "cybersecurite-les-hopitaux-cibles-privilegiees-des-rancongiciels",
            "intelligence-artificielle-la-sante-terrain-dexperimentation-des-start-up-francaises",
        ],
    },
    {
        "slug": (
            "streamland-media-rachete-les-activites-post-production-de-technicolor-pour-30-millions-deuros"
        ),
        "title": (
            "Streamland Media rachète les activités post-production de Technicolor pour 30 "
            "millions d’euros"
        ),
        "standfirst": (
            "Le groupe français Technicolor poursuit son recentrage en cédant ses activités de "
            "post-production à l’américain Streamland Media. Une opération qui illustre la "
            "consolidation d’un secteur dopé par l’essor des plateformes de streaming."
        ),
        "body": (
            '<p><a href="https://www.technicolor.com/">Technicolor</a> se sépare d’une nouvelle '
            "branche. Le groupe français, coté à la Bourse de Paris, a annoncé la cession de ses "
            "activités de post-production à Streamland Media, une holding américaine spécialisée "
            "dans les services aux studios et aux plateformes, pour un montant d’environ 30 "
            "millions d’euros.</p>"
            "<p>Les activités concernées regroupent les métiers qui interviennent une fois le "
            "tournage terminé : étalonnage des images, finition, montage et mixage sonore, "
            "préparation des différentes versions destinées aux salles, à la télévision et aux "
            "services de vidéo à la demande. Streamland Media, maison mère notamment de Picture "
            "Shop et de Formosa Group, entend ainsi élargir son offre et sa présence géographique "
            "auprès des producteurs.</p>"
            "<h2>Un recentrage engagé de longue date</h2>"
            "<p>Pour Technicolor, l’opération s’inscrit dans une stratégie de recentrage engagée "
            "depuis plusieurs années et accélérée par la restructuration financière menée en 2020. "
            "Le groupe entend concentrer ses moyens sur ses activités de services de production, "
            "en particulier les effets visuels et l’animation, ainsi que sur ses activités de "
            "décodeurs et de passerelles pour les opérateurs, et sur la réplication de DVD.</p>"
            "<p>Le montant de la transaction reste modeste à l’échelle du groupe, mais la cession "
            "lui permet de simplifier son organisation et de réduire son exposition à un métier "
            "très concurrentiel, où les prix sont tirés vers le bas par la multiplication des "
            "prestataires.</p>"
            "<h2>Un marché porté par le streaming</h2>"
            "<p>Côté acheteur, le pari est clair. La course aux contenus que se livrent les "
            "plateformes de streaming fait exploser les volumes de séries et de films à finaliser, "
            "souvent dans de nombreuses langues et de multiples formats. Après l’arrêt brutal des "
            "tournages au printemps, la reprise progressive des productions a créé un afflux de "
            "travail pour les prestataires capables d’absorber ces volumes.</p>"
            "<p>Le secteur de la post-production connaît ainsi un mouvement de consolidation, les "
            "groupes cherchant à atteindre une taille critique pour proposer une offre complète "
            "aux grands studios. Cette taille permet aussi d’investir dans les outils de travail à "
            "distance et de stockage dans le cloud, devenus indispensables depuis la crise "
            "sanitaire.</p>"
            "<p>Selon un analyste du secteur audiovisuel interrogé par la rédaction, « la "
            "post-production est devenue un métier d’échelle : il faut être présent sur plusieurs "
            "continents et savoir livrer vite, dans tous les formats ». Une logique qui devrait "
            "continuer d’alimenter les rapprochements dans les mois à venir.</p>"
        ),
        "primary_category": "economie",
        "categories": ["international"],
        "tags": ["Technicolor", "Acquisition", "Audiovisuel", "Streaming"],
        "authors": ["claire-vasseur"],
        "published_at": "2020-11-10 09:05",
        "status": "published",
        "photo": {
            "caption": (
                "La post-production regroupe notamment l’étalonnage, le montage son et la finition "
                "des images."
            ),
            "alt_text": (
                "Une salle d’étalonnage plongée dans la pénombre, avec un grand écran et une "
                "console de réglage des couleurs."
            ),
            "credit": "Unsplash / Marie Lenoir",
            "source": "",
            "color": "#5c2a2a",
        },
        "related": ["e-commerce-la-place-de-marche-bordelaise-cepages-co-leve-5-millions-deuros"],
    },
    {
        "slug": (
            "covid-19-microsoft-salesforce-et-oracle-travaillent-sur-un-passeport-de-vaccination"
        ),
        "title": (
            "Covid-19: Microsoft, Salesforce et Oracle travaillent sur un passeport de vaccination"
        ),
        "standfirst": (
            "Réunis au sein d’une coalition avec des acteurs de la santé, les géants du logiciel "
            "veulent permettre à chacun de prouver qu’il a été vacciné grâce à un certificat "
            "numérique vérifiable. Un projet technique qui soulève aussi des questions éthiques."
        ),
        "body": (
            "<p>Les grands noms du logiciel se mobilisent autour d’une question appelée à devenir "
            "centrale : comment prouver, de façon fiable, qu’une personne a été vaccinée contre le "
            "Covid-19 ? Microsoft, Salesforce et Oracle se sont associés à des organisations du "
            "secteur de la santé, parmi lesquelles la Mayo Clinic et les éditeurs de dossiers "
            "médicaux Cerner et Epic, au sein d’une coalition baptisée Vaccination Credential "
            "Initiative.</p>"
            "<p>L’objectif affiché est de permettre à chacun d’obtenir une copie numérique, "
            "chiffrée et vérifiable de son dossier de vaccination, qu’il pourrait stocker dans le "
            "portefeuille numérique de son choix. Pour les personnes qui ne disposent pas de "
            "smartphone, la coalition prévoit une version papier comportant un QR code.</p>"
            "<h2>Des standards ouverts</h2>"
            "<p>Plutôt que de proposer une application propriétaire, les membres de la coalition "
            "veulent s’appuyer sur des standards ouverts et interopérables, déjà utilisés pour "
            "l’échange de données de santé. L’idée est qu’un certificat émis par un centre de "
            "vaccination puisse être vérifié par une compagnie aérienne, un employeur ou un "
            "organisateur d’événements, sans que ceux-ci aient accès au reste du dossier médical "
            "de la personne.</p>"
            "<p>La démarche rejoint d’autres initiatives lancées depuis le début de la pandémie "
            "pour faciliter la reprise des voyages, comme le projet CommonPass porté par "
            "l’organisation à but non lucratif The Commons Project, elle aussi membre de la "
            "coalition. Les compagnies aériennes et les aéroports suivent ces travaux de près, "
            "dans l’espoir de rouvrir plus largement les frontières.</p>"
            "<h2>Des questions éthiques en suspens</h2>"
            "<p>Le projet suscite toutefois des interrogations. Les défenseurs des libertés "
            "craignent qu’un tel certificat ne devienne un sésame exigé pour accéder à des "
            "services du quotidien, au risque de créer une société à deux vitesses tant que les "
            "vaccins ne sont pas accessibles à tous. La question de la protection des données de "
            "santé, parmi les plus sensibles, est également posée.</p>"
            "<blockquote><p>« Techniquement, on sait faire un certificat sécurisé et respectueux "
            "de la vie privée. La vraie difficulté est politique : qui aura le droit de le "
            "demander, et dans quelles circonstances ? »</p>"
            "</blockquote>"
            "<p>C’est ce que résume Hélène Castagne, avocate spécialisée dans la protection des "
            "données. En Europe, un tel dispositif devrait en tout état de cause respecter le "
            "RGPD, qui encadre strictement le traitement des données de santé. Les autorités "
            "sanitaires, de leur côté, n’ont pas encore arrêté de position sur l’usage de tels "
            "certificats pour les voyages internationaux.</p>"
        ),
        "primary_category": "international",
        "categories": ["a-la-une", "tech"],
        "tags": ["Covid-19", "Microsoft", "Santé", "Identité numérique"],
        "authors": ["antoine-berthier", "marc-delorme"],
        "published_at": "2020-11-09 18:40",
        "status": "published",
        "photo": {
            "caption": (
                "Le certificat imaginé par la coalition pourrait prendre la forme d’un QR code "
                "stocké sur smartphone."
            ),
            "alt_text": (
                "Gros plan sur un smartphone affichant un QR code, tenu par une main gantée de "
                "bleu."
            ),
            "credit": "Shutterstock",
            "source": "",
            "color": "#1f4e79",
        },
        "related": [
            "estonie-le-residence-vitrine-dun-etat-entierement-numerique",
            (
                "ces-drones-desinfectants-masques-intelligents-quelles-sont-les-dernieres-innovations-anti-covid"
            ),
        ],
    },
    {
        "slug": "robots-logistiques-pourquoi-scallog-se-lance-aux-etats-unis",
        "title": "Robots logistiques: pourquoi Scallog se lance aux Etats-Unis",
        "standfirst": (
            "Le français Scallog, qui conçoit des robots mobiles pour la préparation de commandes, "
            "part à la conquête du marché américain. Un pari porté par l’explosion du commerce en "
            "ligne et les difficultés de recrutement dans les entrepôts."
        ),
        "body": (
            "<p>Après l’Europe, l’Amérique du Nord. <a "
            'href="https://www.scallog.com/">Scallog</a>, entreprise française spécialisée dans '
            "l’automatisation des entrepôts, a annoncé son lancement aux États-Unis. Elle y "
            "proposera sa solution de préparation de commandes dite « goods-to-person », dans "
            "laquelle ce ne sont plus les préparateurs qui parcourent les allées, mais les "
            "marchandises qui viennent à eux.</p>"
            "<p>Le principe est le suivant : de petits robots mobiles se glissent sous des "
            "étagères, les soulèvent et les acheminent jusqu’à des postes de préparation. "
            "L’opérateur n’a plus qu’à prélever les articles indiqués par le logiciel de pilotage. "
            "Ce type de système promet de réduire fortement les déplacements à pied, qui "
            "représentent une part importante du temps de travail dans un entrepôt classique.</p>"
            "<h2>Le premier marché du e-commerce occidental</h2>"
            "<p>Le choix des États-Unis ne doit rien au hasard. Le pays est le premier marché du "
            "commerce en ligne du monde occidental, et la pandémie y a encore accéléré la "
            "croissance des ventes sur internet. Distributeurs, marques et prestataires "
            "logistiques doivent traiter des volumes de commandes inédits, avec des délais de "
            "livraison toujours plus courts.</p>"
            "<p>Dans le même temps, les entrepôts américains peinent à recruter et à fidéliser "
            "leur personnel, dans un secteur marqué par un fort turnover et des pics d’activité "
            "saisonniers difficiles à absorber. L’automatisation apparaît alors comme un moyen de "
            "sécuriser la capacité de production, plutôt que de remplacer purement et simplement "
            "les salariés.</p>"
            "<h2>Une concurrence déjà installée</h2>"
            "<p>Le marché est toutefois loin d’être vierge. Amazon a popularisé ce modèle en "
            "rachetant Kiva Systems en 2012, avant de réserver ses robots à ses propres entrepôts. "
            "Des acteurs comme le chinois Geek+ ou GreyOrange, ainsi que des fabricants de robots "
            "collaboratifs comme Locus Robotics, se disputent déjà les clients. Pour se "
            "différencier, les nouveaux entrants misent sur la rapidité de déploiement et la "
            "capacité à s’installer dans des bâtiments existants.</p>"
            "<p>« Les entreprises de taille moyenne cherchent des solutions qu’elles peuvent "
            "déployer en quelques semaines, sans transformer tout leur bâtiment ni immobiliser des "
            "capitaux pendant des années », analyse Laurent Chazal, consultant en chaîne "
            "d’approvisionnement. Pour une société française, la réussite outre-Atlantique passera "
            "aussi par la qualité du service après-vente et de la maintenance sur place, un "
            "critère décisif pour des clients dont l’activité ne peut s’arrêter.</p>"
        ),
        "primary_category": "startups",
        "categories": ["international"],
        "tags": ["Logistique", "Robotique", "E-commerce", "French Tech"],
        "authors": ["jeanne-dussueil"],
        "published_at": "2020-11-09 14:10",
        "status": "published",
        "photo": {
            "caption": (
                "Dans un entrepôt automatisé, les robots acheminent les étagères jusqu’aux "
                "préparateurs de commandes."
            ),
            "alt_text": (
                "Dans un entrepôt, un robot mobile bas se glisse sous une étagère chargée de "
                "cartons, près d’un poste de préparation."
            ),
            "credit": "Photo fournie par l’entreprise",
            "source": "Scallog",
            "color": "#e07a1f",
        },
        "related": [
            (
                "logistique-urbaine-les-entrepots-de-proximite-se-reinventent-face-a-lessor-du-e-commerce"
            ),
            "robotique-les-cobots-gagnent-les-ateliers-des-pme-francaises",
            "au-nigeria-la-start-up-lorrybox-veut-digitaliser-le-fret-routier",
        ],
    },
    {
        "slug": (
            "cloud-souverain-apres-larret-schrems-ii-les-entreprises-francaises-revoient-leur-strategie"
        ),
        "title": (
            "Cloud souverain : après l’arrêt Schrems II, les entreprises françaises revoient leur "
            "stratégie"
        ),
        "standfirst": (
            "L’invalidation du Privacy Shield par la justice européenne et la polémique autour de "
            "l’hébergement du Health Data Hub ont relancé le débat sur le cloud souverain. Les DSI "
            "doivent désormais arbitrer entre performance, coûts et maîtrise des données."
        ),
        "body": (
            "<p>Le 16 juillet dernier, la Cour de justice de l’Union européenne a invalidé le "
            "Privacy Shield, le mécanisme qui encadrait les transferts de données personnelles "
            "entre l’Europe et les États-Unis. Dans cet arrêt, dit Schrems II, du nom du militant "
            "autrichien à l’origine de la procédure, la Cour estime que la législation américaine "
            "en matière de surveillance n’offre pas aux Européens des garanties équivalentes à "
            "celles du RGPD.</p>"
            "<p>Près de quatre mois plus tard, les conséquences de cette décision se font sentir "
            "dans les directions informatiques. Les grands fournisseurs américains de cloud, "
            "Amazon Web Services, Microsoft Azure et Google Cloud, qui dominent largement le "
            "marché européen, ont multiplié les annonces pour rassurer leurs clients : chiffrement "
            "renforcé, engagements contractuels, hébergement des données dans des centres situés "
            "en Europe. Mais la question de la portée extraterritoriale du droit américain, "
            "notamment du Cloud Act, demeure entière.</p>"
            "<h2>Le Health Data Hub, cas d’école</h2>"
            "<p>En France, le débat s’est cristallisé autour du Health Data Hub, la plateforme "
            "nationale des données de santé, hébergée sur Microsoft Azure. Saisi par un collectif "
            "d’associations et de professionnels, le Conseil d’État a refusé à la mi-octobre de "
            "suspendre la plateforme, tout en demandant des garanties supplémentaires. Le "
            "gouvernement a, de son côté, évoqué la perspective d’une migration vers une solution "
            "française ou européenne.</p>"
            "<p>Pour les entreprises, l’équation est plus complexe qu’il n’y paraît. « Les offres "
            "américaines gardent une avance considérable en matière de services, notamment dans "
            "l’intelligence artificielle et l’analyse de données. Y renoncer a un coût », observe "
            "Julien Carrère, directeur des systèmes d’information d’un groupe industriel "
            "francilien. Beaucoup optent pour une approche hybride : les données les plus "
            "sensibles restent sur des infrastructures françaises, le reste est confié aux grands "
            "fournisseurs mondiaux.</p>"
            "<h2>Les acteurs européens en embuscade</h2>"
            "<p>Les fournisseurs hexagonaux, OVHcloud, Scaleway ou Outscale en tête, espèrent "
            "profiter de ce contexte. Ils mettent en avant leur immunité face aux lois "
            "extraterritoriales et, pour certaines offres, la qualification SecNumCloud délivrée "
            'par l’<a href="https://www.ssi.gouv.fr/">Agence nationale de la sécurité des systèmes '
            "d’information</a>. Au niveau européen, le projet Gaia-X, lancé par la France et "
            "l’Allemagne, ambitionne de définir des règles communes de transparence et "
            "d’interopérabilité.</p>"
            "<p>Reste à savoir si ces initiatives suffiront à rééquilibrer un marché où les géants "
            "américains captent l’essentiel de la croissance. Pour nombre de DSI, la souveraineté "
            "ne se décrète pas : elle se construit au fil des appels d’offres, à condition que les "
            "solutions européennes soient au rendez-vous en matière de fonctionnalités, de prix et "
            "d’accompagnement.</p>"
        ),
        "primary_category": "tech",
        "categories": ["a-la-une", "economie"],
        "tags": ["Cloud", "Microsoft", "Souveraineté numérique", "Données personnelles"],
        "authors": ["marc-delorme"],
        "published_at": "2020-11-08 10:30",
        "status": "published",
        "photo": {
            "caption": (
                "Les centres de données européens sont au cœur du débat sur la souveraineté "
                "numérique."
            ),
            "alt_text": (
                "Allée d’un centre de données bordée de baies de serveurs aux voyants lumineux "
                "bleus."
            ),
            "credit": "Shutterstock",
            "source": "",
            "color": "#23395b",
        },
        "related": [
            "afrique-les-centres-de-donnees-nouveau-terrain-de-jeu-des-investisseurs",
            "regulation-ce-que-pourrait-contenir-le-futur-digital-services-act-europeen",
        ],
    },
    {
        "slug": (
            "au-senegal-la-fintech-wuro-pay-leve-3-millions-deuros-pour-conquerir-lafrique-de-louest"
        ),
        "title": (
            "Au Sénégal, la fintech Wuro Pay lève 3 millions d’euros pour conquérir l’Afrique de "
            "l’Ouest"
        ),
        "standfirst": (
            "Fondée à Dakar en 2018, la jeune pousse Wuro Pay permet aux commerçants d’accepter "
            "les paiements de tous les portefeuilles mobiles. Elle boucle un tour de table de 3 "
            "millions d’euros et vise la Côte d’Ivoire et le Mali dès l’an prochain."
        ),
        "body": (
            "<p>Dans les boutiques de quartier de Dakar, le petit autocollant orné d’un QR code "
            "est devenu familier. Il porte la marque de Wuro Pay, une fintech sénégalaise qui "
            "permet aux commerçants d’encaisser des paiements par téléphone, quel que soit le "
            "service de monnaie mobile utilisé par leurs clients. La start-up annonce une levée de "
            "fonds de 3 millions d’euros, menée par le fonds panafricain Niokolo Ventures, avec la "
            "participation de business angels issus de la diaspora.</p>"
            "<p>Fondée en 2018 par Moussa Ndiaye, ancien cadre bancaire, et Fatou Sarr, ingénieure "
            "formée à Dakar puis à Montréal, l’entreprise revendique aujourd’hui plus de 15 000 "
            "commerçants actifs au Sénégal. Son modèle repose sur une commission prélevée sur "
            "chaque transaction, inférieure à celle des terminaux de paiement par carte, peu "
            "répandus dans le commerce de proximité.</p>"
            "<h2>Résoudre le casse-tête de l’interopérabilité</h2>"
            "<p>Au Sénégal comme dans le reste de l’Union économique et monétaire ouest-africaine, "
            "le paiement mobile a connu un essor spectaculaire. Mais la multiplication des "
            "portefeuilles, proposés par les opérateurs télécoms comme par de nouveaux acteurs, "
            "complique la vie des commerçants, contraints de jongler entre plusieurs comptes et "
            "plusieurs téléphones.</p>"
            "<p>« Un boutiquier ne devrait pas avoir à se demander quel service utilise son "
            "client. Nous centralisons tout dans un seul tableau de bord, avec un reversement "
            "quotidien sur son compte », explique Moussa Ndiaye. La solution propose aussi un "
            "suivi des ventes et, bientôt, des avances de trésorerie calculées à partir de "
            "l’historique des transactions.</p>"
            "<h2>Cap sur Abidjan et Bamako</h2>"
            "<p>Les fonds levés doivent financer l’ouverture de la Côte d’Ivoire et du Mali en "
            "2021, deux marchés qui partagent avec le Sénégal la même monnaie et le même cadre "
            "réglementaire, fixé par la Banque centrale des États de l’Afrique de l’Ouest. La "
            "start-up prévoit de doubler ses effectifs, aujourd’hui d’une quarantaine de "
            "personnes, en recrutant notamment des développeurs et des agents de terrain chargés "
            "d’équiper les commerçants.</p>"
            "<p>La concurrence s’annonce toutefois rude, les opérateurs télécoms et les banques "
            "investissant massivement dans leurs propres solutions marchandes. Wuro Pay mise sur "
            "sa neutralité et sa proximité avec les commerçants pour faire la différence. « La "
            "crise sanitaire a convaincu beaucoup de clients de ne plus manipuler d’espèces. C’est "
            "le moment d’accélérer », conclut Fatou Sarr.</p>"
        ),
        "primary_category": "afrique",
        "categories": ["startups"],
        "tags": ["Fintech", "Sénégal", "Levée de fonds", "Paiement mobile", "Afrique"],
        "authors": ["aminata-diop"],
        "published_at": "2020-11-06 16:15",
        "status": "published",
        "photo": {
            "caption": (
                "À Dakar, de plus en plus de commerçants acceptent le paiement par téléphone "
                "mobile."
            ),
            "alt_text": (
                "Une commerçante derrière son étal scanne avec son téléphone le QR code présenté "
                "par un client."
            ),
            "credit": "Photo fournie par l’entreprise",
            "source": "",
            "color": "#c25b17",
        },
        "related": [
            "kenya-le-paiement-mobile-laboratoire-de-linclusion-financiere",
            "fintech-la-neobanque-kalia-seduit-les-independants-et-leve-7-millions-deuros",
        ],
    },
    {
        "slug": "visioconference-teams-zoom-et-meet-sinstallent-durablement-dans-les-entreprises",
        "title": (
            "Visioconférence : Teams, Zoom et Meet s’installent durablement dans les entreprises"
        ),
        "standfirst": (
            "Avec le reconfinement, le télétravail redevient la règle pour des millions de "
            "salariés. Les outils de visioconférence, adoptés dans l’urgence au printemps, sont "
            "désormais au cœur de l’organisation du travail, avec leurs promesses et leurs excès."
        ),
        "body": (
            "<p>Au printemps, il avait fallu tout improviser. Sept mois plus tard, le deuxième "
            "confinement trouve les entreprises mieux préparées. Depuis le 30 octobre, le "
            "télétravail doit être généralisé pour toutes les activités qui le permettent, et les "
            "outils de visioconférence sont redevenus le principal lieu de réunion de millions de "
            "salariés.</p>"
            "<p>Les chiffres publiés par les éditeurs témoignent de l’ampleur du phénomène. "
            "Microsoft a indiqué fin octobre que Teams, sa plateforme de communication pour les "
            "entreprises, comptait 115 millions d’utilisateurs actifs quotidiens. Zoom, devenu en "
            "quelques semaines un nom commun, a lui aussi vu son audience exploser, tandis que "
            "Google a rendu son service Meet gratuit pour tous afin de ne pas se laisser "
            "distancer.</p>"
            "<h2>De l’outil de crise à la plateforme de travail</h2>"
            "<p>La bataille ne se joue plus seulement sur la qualité de l’image et du son. Les "
            "éditeurs transforment leurs outils en véritables environnements de travail, intégrant "
            "messagerie, partage de documents, tableaux blancs collaboratifs et applications "
            "tierces. Microsoft dispose d’un atout de taille avec l’intégration de Teams à sa "
            "suite bureautique, déjà présente dans la plupart des grandes entreprises.</p>"
            "<p>Pour les directions informatiques, l’enjeu est désormais de rationaliser. « Au "
            "printemps, chaque équipe a choisi son outil. Nous nous sommes retrouvés avec quatre "
            "solutions différentes et autant de problèmes de sécurité et de licences », raconte "
            "Isabelle Ferrand, directrice des ressources humaines d’une entreprise de services "
            "numériques de 800 salariés. La sécurité des échanges, mise en cause au printemps à la "
            "suite d’intrusions dans des réunions, fait partie des critères décisifs.</p>"
            "<h2>La « fatigue Zoom », nouveau défi des managers</h2>"
            "<p>L’usage intensif de la visioconférence a aussi ses revers. Les enchaînements de "
            "réunions sans pause, la difficulté à décrocher et la sensation d’épuisement liée aux "
            "écrans sont régulièrement évoqués par les salariés. Certaines entreprises adoptent "
            "des règles simples pour limiter les excès :</p>"
            "<ul><li>des réunions de 25 ou 50 minutes plutôt que d’une heure, pour ménager des "
            "pauses ;</li>"
            "<li>des plages sans réunion, réservées au travail de fond ;</li>"
            "<li>la possibilité de couper sa caméra lorsque l’image n’apporte rien ;</li>"
            "<li>un droit à la déconnexion rappelé par écrit aux équipes.</li>"
            "</ul>"
            "<p>Une chose semble acquise : même après la crise, la visioconférence ne disparaîtra "
            "pas des habitudes. Reste à inventer un usage plus raisonné, qui laisse une place aux "
            "échanges informels que les écrans peinent encore à recréer.</p>"
        ),
        "primary_category": "tech",
        "categories": ["economie"],
        "tags": ["Microsoft", "Télétravail", "Covid-19", "Logiciels"],
        "authors": ["antoine-berthier"],
        "published_at": "2020-11-05 09:40",
        "status": "published",
        "photo": {
            "caption": (
                "Les réunions en visioconférence sont redevenues le quotidien de millions de "
                "salariés."
            ),
            "alt_text": (
                "Écran d’ordinateur portable affichant une mosaïque de participants à une réunion "
                "en visioconférence, posé sur une table de cuisine."
            ),
            "credit": "Shutterstock",
            "source": "",
            "color": "#464e8c",
        },
        "related": [
            "reconfinement-les-commercants-se-convertissent-en-urgence-au-click-and-collect",
            (
                "cloud-souverain-apres-larret-schrems-ii-les-entreprises-francaises-revoient-leur-strategie"
            ),
        ],
    },
    {
        "slug": (
            "la-start-up-lyonnaise-tessela-leve-12-millions-deuros-pour-predire-les-pannes-industrielles"
        ),
        "title": (
            "La start-up lyonnaise Tessela lève 12 millions d’euros pour prédire les pannes "
            "industrielles"
        ),
        "standfirst": (
            "Spécialiste de la maintenance prédictive, Tessela combine capteurs et intelligence "
            "artificielle pour anticiper les défaillances des machines. La jeune pousse lyonnaise "
            "boucle une série A de 12 millions d’euros pour accélérer en Europe."
        ),
        "body": (
            "<p>Une pompe qui vibre un peu trop, un moteur dont la température dérive de quelques "
            "degrés : dans une usine, ces signaux faibles précèdent souvent une panne coûteuse. "
            "C’est sur leur détection que Tessela a bâti son activité. La start-up lyonnaise "
            "annonce une levée de fonds de 12 millions d’euros, menée par Rhône Capital "
            "Innovation, avec la participation d’Alpes Industrie Ventures et de ses investisseurs "
            "historiques.</p>"
            "<p>Fondée en 2017 par Élise Garnier, ancienne ingénieure fiabilité chez un "
            "équipementier automobile, et Romain Tissot, docteur en apprentissage automatique, "
            "Tessela commercialise des capteurs sans fil qui se fixent en quelques minutes sur les "
            "équipements. Les données de vibration, de température et de consommation électrique "
            "sont analysées par des algorithmes qui apprennent le comportement normal de chaque "
            "machine et alertent les équipes de maintenance en cas d’anomalie.</p>"
            "<h2>Passer de la réparation à l’anticipation</h2>"
            "<p>« La plupart des usines fonctionnent encore en maintenance corrective ou "
            "calendaire : on répare quand ça casse, ou on change les pièces à date fixe, qu’elles "
            "soient usées ou non. Nous permettons d’intervenir au bon moment », résume Élise "
            "Garnier. Selon l’entreprise, ses clients réduisent en moyenne d’un tiers leurs arrêts "
            "non planifiés au cours de la première année.</p>"
            "<p>Tessela équipe aujourd’hui une soixantaine de sites industriels en France, dans "
            "l’agroalimentaire, la chimie, la papeterie et la métallurgie. La crise sanitaire a, "
            "paradoxalement, joué en sa faveur : avec des équipes réduites sur site, les "
            "industriels ont cherché des moyens de surveiller leurs lignes à distance.</p>"
            "<h2>Une ouverture vers l’Allemagne et l’Italie</h2>"
            "<p>Les fonds levés serviront d’abord à recruter une soixantaine de personnes d’ici à "
            "la fin 2021, principalement des data scientists et des ingénieurs d’application "
            "chargés de déployer la solution chez les clients. La jeune pousse prévoit également "
            "d’ouvrir des bureaux en Allemagne et en Italie, deux pays à la base industrielle "
            "dense.</p>"
            "<p>Le marché de la maintenance prédictive attire de nombreux acteurs, des grands "
            "groupes d’automatisation aux éditeurs de logiciels industriels. Pour se distinguer, "
            "Tessela mise sur la simplicité d’installation et sur un modèle par abonnement, sans "
            "investissement initial lourd. « Les PME industrielles n’ont ni le temps ni les "
            "équipes pour mener des projets de données de deux ans. Il faut que la valeur soit "
            "visible en quelques semaines », insiste Romain Tissot.</p>"
        ),
        "primary_category": "startups",
        "categories": ["a-la-une", "tech"],
        "tags": ["Levée de fonds", "Intelligence artificielle", "Industrie", "Startups"],
        "authors": ["claire-vasseur"],
        "published_at": "2020-11-04 14:00",
        "status": "published",
        "photo": {
            "caption": (
                "Les capteurs de Tessela mesurent en continu les vibrations et la température des "
                "machines."
            ),
            "alt_text": (
                "Un technicien en tenue de sécurité fixe un petit boîtier sur le carter d’un "
                "moteur industriel."
            ),
            "credit": "Photo fournie par l’entreprise",
            "source": "",
            "color": "#2f4858",
        },
        "related": [
            "robotique-les-cobots-gagnent-les-ateliers-des-pme-francaises",
            "intelligence-artificielle-la-sante-terrain-dexperimentation-des-start-up-francaises",
        ],
    },
    {
        "slug": "reconfinement-les-commercants-se-convertissent-en-urgence-au-click-and-collect",
        "title": (
            "Reconfinement : les commerçants se convertissent en urgence au click and collect"
        ),
        "standfirst": (
            "Contraints de baisser le rideau depuis le 30 octobre, les commerces jugés non "
            "essentiels se tournent vers la vente en ligne et le retrait en boutique. Une course "
            "contre la montre à quelques semaines des fêtes de fin d’année."
        ),
        "body": (
            "<p>Le téléphone de Caroline Méry n’arrête plus de sonner. Depuis la fermeture de sa "
            "boutique de prêt-à-porter du centre de Nantes, la commerçante a mis en ligne en un "
            "week-end une centaine d’articles sur un site marchand créé à la hâte, et organise le "
            "retrait des commandes sur le pas de sa porte. « Au premier confinement, j’ai attendu "
            "que ça passe. Cette fois, je n’avais pas le choix : novembre et décembre, c’est un "
            "tiers de mon chiffre d’affaires », explique-t-elle.</p>"
            "<p>Comme elle, des milliers de commerçants jugés non essentiels se convertissent en "
            "urgence au click and collect, autorisé pendant le reconfinement. Le principe est "
            "simple : le client commande et paie en ligne ou par téléphone, puis récupère ses "
            "achats en magasin ou à l’entrée de celui-ci, sans y flâner.</p>"
            "<h2>Une offre de solutions pléthorique</h2>"
            "<p>Pour répondre à la demande, les éditeurs de solutions de commerce en ligne "
            "multiplient les offres gratuites ou à prix réduit pendant la durée du confinement. Le "
            "gouvernement a de son côté annoncé la mise en ligne d’une plateforme recensant des "
            "outils numériques à destination des petites entreprises, de la prise de commande au "
            "paiement à distance en passant par la livraison.</p>"
            "<p>Sur le terrain, les collectivités et les unions commerciales s’organisent aussi. "
            "Plusieurs villes ont lancé des places de marché locales qui regroupent l’offre des "
            "commerces du centre-ville, parfois avec un service de livraison assuré par des "
            "coursiers à vélo. L’objectif est d’éviter que les consommateurs ne se détournent "
            "durablement vers les grandes plateformes.</p>"
            "<h2>Un rattrapage qui a ses limites</h2>"
            "<p>Le click and collect ne compensera pas, loin de là, la perte de chiffre "
            "d’affaires. Pour beaucoup de commerçants, la vente en ligne représente un métier à "
            "part entière : photographier les produits, gérer les stocks en temps réel, répondre "
            "aux messages, préparer les commandes. « Ceux qui avaient déjà un site et une présence "
            "sur les réseaux sociaux s’en sortent beaucoup mieux. Les autres découvrent tout en "
            "même temps », observe Marc-Antoine Lefort, consultant en transformation numérique du "
            "commerce de détail.</p>"
            "<p>Cette crise pourrait néanmoins laisser des traces durables. Nombre de commerçants "
            "envisagent de conserver leur boutique en ligne après la réouverture, pour toucher une "
            "clientèle plus large ou proposer la réservation d’articles. À condition que la vente "
            "à distance reste un complément à la relation humaine, qui demeure la raison d’être du "
            "commerce de proximité.</p>"
        ),
        "primary_category": "economie",
        "categories": ["a-la-une", "actualite"],
        "tags": ["E-commerce", "Covid-19", "Commerce", "PME"],
        "authors": ["claire-vasseur"],
        "published_at": "2020-11-03 11:00",
        "status": "published",
        "photo": {
            "caption": (
                "Dans de nombreuses villes, les commerçants remettent les commandes sur le pas de "
                "leur porte."
            ),
            "alt_text": (
                "Une commerçante masquée tend un sac en papier à une cliente devant la porte "
                "entrouverte d’une boutique."
            ),
            "credit": "Shutterstock",
            "source": "",
            "color": "#8c4f2b",
        },
        "related": [
            (
                "logistique-urbaine-les-entrepots-de-proximite-se-reinventent-face-a-lessor-du-e-commerce"
            ),
            "e-commerce-la-place-de-marche-bordelaise-cepages-co-leve-5-millions-deuros",
        ],
    },
    {
        "slug": "cybersecurite-les-hopitaux-cibles-privilegiees-des-rancongiciels",
        "title": "Cybersécurité : les hôpitaux, cibles privilégiées des rançongiciels",
        "standfirst": (
            "En pleine pandémie, les établissements de santé sont devenus l’une des cibles "
            "favorites des groupes cybercriminels. Les attaques par rançongiciel s’y multiplient, "
            "avec des conséquences directes sur la prise en charge des patients."
        ),
        "body": (
            "<p>Les écrans qui s’éteignent les uns après les autres, un message exigeant une "
            "rançon, et des soignants contraints de revenir au papier et au crayon : ce scénario, "
            "le CHU de Rouen l’a vécu en novembre 2019. Un an plus tard, il est devenu tristement "
            "banal. Partout dans le monde, les hôpitaux figurent parmi les cibles privilégiées des "
            "rançongiciels, ces logiciels malveillants qui chiffrent les données d’une "
            "organisation et exigent un paiement pour les restituer.</p>"
            "<p>En septembre, une attaque visant l’hôpital universitaire de Düsseldorf, en "
            "Allemagne, a contraint l’établissement à réorienter des urgences vers d’autres sites, "
            "et la justice allemande a ouvert une enquête après le décès d’une patiente "
            "transférée. Fin octobre, les autorités américaines ont publié une alerte conjointe "
            "mettant en garde contre une menace imminente pesant sur les établissements de santé "
            "du pays.</p>"
            "<h2>Des systèmes d’information vulnérables</h2>"
            "<p>Les hôpitaux cumulent les fragilités : parc informatique hétérogène, équipements "
            "médicaux fonctionnant parfois sous des systèmes d’exploitation obsolètes, nombreux "
            "accès distants ouverts pour les prestataires, et budgets de sécurité longtemps "
            "sous-dimensionnés. À cela s’ajoute une pression opérationnelle extrême : un "
            "établissement paralysé met des vies en danger, ce que les attaquants savent "
            "exploiter.</p>"
            "<p>« Nous avons des équipes formidables, mais nous protégeons avec trois personnes un "
            "système qui compte des milliers de postes et des centaines d’applications métier », "
            "confie Philippe Aubrac, responsable de la sécurité des systèmes d’information d’un "
            "groupement hospitalier de territoire. La crise sanitaire, qui a multiplié les "
            "connexions à distance et les nouveaux outils déployés dans l’urgence, a encore élargi "
            "la surface d’attaque.</p>"
            "<h2>Les bonnes pratiques rappelées par les autorités</h2>"
            "<p>L’Agence nationale de la sécurité des systèmes d’information et le dispositif <a "
            'href="https://www.cybermalveillance.gouv.fr/">Cybermalveillance.gouv.fr</a> '
            "rappellent régulièrement les mesures essentielles pour limiter les risques :</p>"
            "<ol><li>disposer de sauvegardes régulières, testées et conservées hors ligne ;</li>"
            "<li>appliquer sans délai les correctifs de sécurité ;</li>"
            "<li>protéger les accès distants par une authentification à plusieurs facteurs ;</li>"
            "<li>cloisonner le réseau pour éviter la propagation d’une infection ;</li>"
            "<li>préparer un plan de continuité permettant de fonctionner en mode dégradé.</li>"
            "</ol>"
            "<p>Les autorités recommandent également de ne pas payer de rançon, rien ne "
            "garantissant la restitution des données et chaque paiement finançant de nouvelles "
            "attaques. Pour les hôpitaux, la cybersécurité est désormais une question de sécurité "
            "des patients à part entière.</p>"
        ),
        "primary_category": "tech",
        "categories": ["actualite"],
        "tags": ["Cybersécurité", "Rançongiciels", "Santé"],
        "authors": ["antoine-berthier"],
        "published_at": "2020-11-02 08:30",
        "status": "published",
        "photo": {
            "caption": (
                "Une attaque par rançongiciel peut paralyser l’ensemble du système d’information "
                "d’un hôpital."
            ),
            "alt_text": (
                "Un couloir d’hôpital où un soignant en blouse consulte un dossier papier devant "
                "un poste informatique éteint."
            ),
            "credit": "Shutterstock",
            "source": "",
            "color": "#7b1e3a",
        },
        "related": [
            "cybersecurite-la-pepite-rennaise-gardia-leve-8-millions-deuros",
            "intelligence-artificielle-la-sante-terrain-dexperimentation-des-start-up-francaises",
        ],
    },
    {
        "slug": "au-nigeria-la-start-up-lorrybox-veut-digitaliser-le-fret-routier",
        "title": "Au Nigeria, la start-up Lorrybox veut digitaliser le fret routier",
        "standfirst": (
            "Basée à Lagos, Lorrybox met en relation chargeurs et transporteurs routiers grâce à "
            "une plateforme numérique. La jeune pousse lève 4,5 millions de dollars pour "
            "s’attaquer aux inefficacités d’un secteur clé de l’économie nigériane."
        ),
        "body": (
            "<p>Au Nigeria, l’essentiel des marchandises voyage par la route. Mais trouver un "
            "camion disponible, négocier un prix et suivre une cargaison relèvent souvent du "
            "casse-tête, entre intermédiaires multiples, retours à vide et embouteillages "
            "chroniques aux abords des ports de Lagos. C’est ce marché que veut moderniser "
            "Lorrybox, qui annonce une levée de 4,5 millions de dollars en amorçage auprès d’un "
            "groupe d’investisseurs africains et européens.</p>"
            "<p>Fondée en 2019 par Chidi Okafor, ancien responsable logistique d’un groupe "
            "agroalimentaire, et Amaka Eze, développeuse passée par une fintech de Lagos, la "
            "start-up propose une application qui met en relation les entreprises ayant des "
            "marchandises à expédier et les propriétaires de camions. Le chargeur obtient un prix "
            "en quelques minutes, suit sa livraison en temps réel et reçoit une preuve de "
            "livraison numérique.</p>"
            "<h2>Réduire les trajets à vide</h2>"
            "<p>« Une grande partie des camions rentrent vides après une livraison. En regroupant "
            "la demande, nous pouvons leur proposer un chargement retour et faire baisser les prix "
            "pour tout le monde », explique Chidi Okafor. Les transporteurs, souvent de petites "
            "entreprises familiales qui ne possèdent que quelques véhicules, sont payés plus "
            "rapidement et peuvent accéder, grâce à leur historique, à des financements pour "
            "l’entretien ou le carburant.</p>"
            "<p>La plateforme revendique plus de 2 000 camions enregistrés et quelque 150 "
            "entreprises clientes, principalement dans l’agroalimentaire, les boissons et les "
            "matériaux de construction. Les fonds levés doivent permettre d’étendre le service au "
            "nord du pays et au Ghana voisin, et de renforcer l’équipe technique.</p>"
            "<h2>Un marché qui attire les investisseurs</h2>"
            "<p>Lorrybox n’est pas seule sur ce créneau. La logistique est devenue l’un des "
            "secteurs les plus dynamiques de la tech africaine, plusieurs acteurs ayant déjà levé "
            "des fonds pour numériser le transport de marchandises sur le continent. L’entrée en "
            "vigueur de la Zone de libre-échange continentale africaine, prévue au 1er janvier "
            "2021, nourrit l’espoir d’une forte croissance des échanges entre pays africains, et "
            "donc des besoins en transport.</p>"
            "<p>Les défis restent toutefois nombreux : état des routes, contrôles multiples, "
            "insécurité sur certains axes et coût élevé du carburant. « La technologie ne réglera "
            "pas tout, mais elle apporte de la transparence dans un secteur qui en manquait "
            "cruellement », souligne Amaka Eze.</p>"
        ),
        "primary_category": "afrique",
        "categories": ["startups"],
        "tags": ["Logistique", "Nigeria", "Levée de fonds", "Afrique"],
        "authors": ["aminata-diop", "jeanne-dussueil"],
        "published_at": "2020-10-30 17:20",
        "status": "published",
        "photo": {
            "caption": "Le transport routier assure l’essentiel du fret au Nigeria.",
            "alt_text": (
                "Une longue file de camions chargés de conteneurs sur une route encombrée aux "
                "abords d’un port."
            ),
            "credit": "Unsplash / Tunde Adeyemi",
            "source": "",
            "color": "#6b4226",
        },
        "related": [
            "robots-logistiques-pourquoi-scallog-se-lance-aux-etats-unis",
            (
                "au-senegal-la-fintech-wuro-pay-leve-3-millions-deuros-pour-conquerir-lafrique-de-louest"
            ),
        ],
    },
    {
        "slug": "french-tech-120-ce-que-laccompagnement-de-letat-change-pour-les-scale-up",
        "title": "French Tech 120 : ce que l’accompagnement de l’État change pour les scale-up",
        "standfirst": (
            "Lancé en début d’année, le programme French Tech 120 promet aux start-up en "
            "hypercroissance un accès privilégié aux services de l’État. Dix mois plus tard, les "
            "dirigeants dressent un premier bilan, entre démarches facilitées et attentes encore "
            "déçues."
        ),
        "body": (
            "<p>Accélérer le passage de la start-up à l’entreprise de taille mondiale : c’est "
            "l’ambition du programme French Tech 120, dont la première promotion a été dévoilée en "
            "janvier. Piloté par la Mission French Tech, il sélectionne les jeunes pousses "
            "françaises les plus dynamiques, sur la base de leurs levées de fonds ou de la "
            "croissance de leur chiffre d’affaires, et leur ouvre un accès privilégié aux "
            "administrations.</p>"
            "<p>Concrètement, chaque entreprise du programme dispose d’interlocuteurs dédiés dans "
            "une cinquantaine de services publics, de Bpifrance à Business France en passant par "
            "l’administration fiscale, les douanes ou l’Institut national de la propriété "
            "industrielle. L’objectif est de lever les obstacles administratifs qui ralentissent "
            "la croissance : délivrance de visas pour les talents étrangers, questions fiscales "
            "complexes, accompagnement à l’export.</p>"
            "<h2>Un guichet qui fait gagner du temps</h2>"
            "<p>Pour de nombreux dirigeants, le premier bénéfice est d’ordre pratique. « Quand "
            "nous avons voulu recruter des ingénieurs hors de l’Union européenne, nous avons "
            "obtenu les réponses en quelques jours au lieu de plusieurs semaines », témoigne "
            "Guillaume Perrin, fondateur d’un éditeur de logiciels pour la grande distribution "
            "membre de la promotion. La crise sanitaire a aussi donné au programme un rôle "
            "inattendu : celui de relais d’information sur les dispositifs de soutien, comme les "
            "prêts garantis par l’État.</p>"
            "<p>Le label offre enfin une visibilité précieuse auprès des investisseurs et des "
            "grands comptes, en particulier à l’international. Plusieurs entreprises de la "
            "promotion ont bouclé des tours de table importants depuis le début de l’année, malgré "
            "le contexte économique.</p>"
            "<h2>Des attentes encore fortes</h2>"
            "<p>Les critiques n’ont pas disparu pour autant. Certains dirigeants regrettent que "
            "l’accompagnement reste inégal selon les administrations, et que l’accès à la commande "
            "publique, pourtant décisif pour décrocher des références, demeure compliqué. D’autres "
            "estiment que le programme profite surtout à des entreprises déjà bien financées, au "
            "détriment de celles qui se situent juste en dessous des critères.</p>"
            "<p>L’exécutif, qui vise l’émergence de 25 licornes françaises d’ici à 2025, mise sur "
            "ce type de dispositif pour créer des champions capables de rivaliser avec leurs "
            "concurrents américains et asiatiques. La prochaine promotion, attendue début 2021, "
            "dira si le programme a su tirer les leçons de cette première année. Les modalités de "
            'candidature sont présentées sur le site de <a href="https://lafrenchtech.com/">La '
            "French Tech</a>.</p>"
        ),
        "primary_category": "startups",
        "categories": ["economie"],
        "tags": ["French Tech", "Scale-up", "Startups", "Politique publique"],
        "authors": ["marc-delorme"],
        "published_at": "2020-10-28 10:00",
        "status": "published",
        "photo": {
            "caption": "Le programme French Tech 120 accompagne les start-up en forte croissance.",
            "alt_text": (
                "Une salle de conférence remplie de participants, face à une scène éclairée de "
                "rouge où intervient un orateur."
            ),
            "credit": "DR",
            "source": "",
            "color": "#e63946",
        },
        "related": [
            "plan-de-relance-le-numerique-grand-gagnant-des-100-milliards-deuros",
            (
                "la-start-up-lyonnaise-tessela-leve-12-millions-deuros-pour-predire-les-pannes-industrielles"
            ),
        ],
    },
    {
        "slug": "mobilite-les-trottinettes-en-libre-service-a-lepreuve-de-la-crise-sanitaire",
        "title": "Mobilité : les trottinettes en libre-service à l’épreuve de la crise sanitaire",
        "standfirst": (
            "Après un printemps à l’arrêt, les opérateurs de trottinettes électriques ont profité "
            "du regain d’intérêt pour les mobilités individuelles. Le couvre-feu et la menace d’un "
            "reconfinement les replongent dans l’incertitude, alors que leur modèle économique "
            "reste fragile."
        ),
        "body": (
            "<p>Il y a encore deux ans, elles envahissaient les trottoirs des grandes villes dans "
            "un certain désordre. Depuis, les trottinettes électriques en libre-service sont "
            "entrées dans l’âge de la régulation. À Paris, la municipalité a sélectionné au début "
            "de l’année trois opérateurs, Dott, Lime et Tier, autorisés à déployer chacun un "
            "nombre limité d’engins, avec des obligations en matière de stationnement, de sécurité "
            "et d’entretien.</p>"
            "<p>La crise sanitaire a ensuite rebattu les cartes. Pendant le premier confinement, "
            "les flottes sont restées au dépôt. Puis, au printemps et pendant l’été, la crainte "
            "des transports en commun bondés et la création de pistes cyclables temporaires ont "
            "provoqué un report massif vers les mobilités individuelles. Vélos et trottinettes en "
            "ont largement profité.</p>"
            "<h2>Un modèle économique en reconstruction</h2>"
            "<p>Les opérateurs ont mis à profit cette période pour revoir leur copie. Les "
            "premières générations de trottinettes ne duraient parfois que quelques mois, rendant "
            "l’activité structurellement déficitaire. Les nouveaux modèles, plus robustes, sont "
            "conçus pour rouler plusieurs années et sont équipés de batteries amovibles, qui "
            "évitent de transporter chaque engin jusqu’à un entrepôt pour le recharger.</p>"
            "<p>Les entreprises misent aussi sur les abonnements mensuels, qui fidélisent les "
            "utilisateurs réguliers, et sur la diversification vers les vélos et les scooters "
            "électriques partagés. « Le secteur a compris qu’il ne survivrait pas en brûlant du "
            "cash. Il faut désormais démontrer la rentabilité, ville par ville », estime Nadia "
            "Lemercier, urbaniste spécialiste des nouvelles mobilités.</p>"
            "<h2>Le couvre-feu, nouveau coup de frein</h2>"
            "<p>Le couvre-feu instauré le 17 octobre en Île-de-France et dans plusieurs "
            "métropoles, puis étendu à une cinquantaine de départements, vient toutefois freiner "
            "cet élan. Les déplacements en soirée sont de nouveau limités, et avec eux la "
            "fréquentation des services partagés. La perspective d’un nouveau confinement, évoquée "
            "avec insistance, inquiète les opérateurs, qui assurent vouloir maintenir leurs "
            "flottes en service pour ceux qui doivent continuer à se déplacer, notamment les "
            "soignants.</p>"
            "<p>À plus long terme, les opérateurs comptent sur les ambitions affichées par les "
            "grandes villes en matière de réduction de la place de la voiture. La généralisation "
            "des zones à faibles émissions et l’extension des réseaux cyclables pourraient faire "
            "des engins partagés un complément durable aux transports en commun, à condition que "
            "leur usage reste compatible avec la sécurité des piétons, principal motif de friction "
            "avec les riverains.</p>"
        ),
        "primary_category": "economie",
        "categories": ["tech"],
        "tags": ["Mobilité", "Covid-19", "Villes"],
        "authors": ["antoine-berthier"],
        "published_at": "2020-10-26 15:45",
        "status": "published",
        "photo": {
            "caption": (
                "Les opérateurs misent désormais sur des trottinettes plus robustes et des "
                "batteries amovibles."
            ),
            "alt_text": (
                "Trois trottinettes électriques en libre-service garées sur un trottoir parisien, "
                "près d’un passage piéton."
            ),
            "credit": "Unsplash / Léa Fournier",
            "source": "",
            "color": "#2a9d8f",
        },
        "related": [
            (
                "logistique-urbaine-les-entrepots-de-proximite-se-reinventent-face-a-lessor-du-e-commerce"
            ),
        ],
    },
    {
        "slug": (
            "rh-la-start-up-nantaise-talentis-mise-sur-lia-pour-reduire-les-biais-de-recrutement"
        ),
        "title": (
            "RH : la start-up nantaise Talentis mise sur l’IA pour réduire les biais de recrutement"
        ),
        "standfirst": (
            "Plutôt que de trier les CV sur la base des diplômes et des parcours, Talentis évalue "
            "les compétences des candidats de manière anonyme. La jeune pousse nantaise veut "
            "prouver que l’intelligence artificielle peut rendre le recrutement plus équitable."
        ),
        "body": (
            "<p>L’intelligence artificielle appliquée au recrutement a mauvaise presse. Plusieurs "
            "expériences ont montré que des algorithmes entraînés sur des historiques d’embauche "
            "pouvaient reproduire, voire amplifier, les discriminations du passé. Talentis, une "
            "start-up nantaise fondée en 2018, a choisi de prendre le problème à rebours : "
            "utiliser la technologie pour réduire les biais, plutôt que pour automatiser les "
            "décisions.</p>"
            "<p>Sa plateforme propose aux candidats des mises en situation courtes, conçues avec "
            "des psychologues du travail, qui évaluent des compétences concrètes : résolution de "
            "problèmes, organisation, communication écrite, maîtrise d’un outil. Les résultats "
            "sont présentés aux recruteurs de façon anonyme, sans nom, ni photo, ni école. Ce "
            "n’est qu’à l’étape de l’entretien que le profil complet est dévoilé.</p>"
            "<h2>Des algorithmes audités</h2>"
            "<p>« Notre algorithme ne décide jamais à la place du recruteur. Il l’aide à regarder "
            "des profils qu’il n’aurait pas regardés », insiste Camille Le Goff, cofondatrice et "
            "présidente de Talentis. L’entreprise fait auditer régulièrement ses modèles afin de "
            "vérifier qu’ils ne défavorisent aucun groupe selon le genre, l’âge ou l’origine "
            "géographique, et publie une synthèse de ces contrôles à destination de ses "
            "clients.</p>"
            "<p>La démarche rejoint les préoccupations des autorités. Le Défenseur des droits et "
            "la CNIL ont publié cette année des recommandations sur la prévention des "
            "discriminations liées aux algorithmes, appelant notamment à davantage de transparence "
            "et à un contrôle humain effectif des décisions.</p>"
            "<h2>Un marché de l’emploi bouleversé</h2>"
            "<p>Talentis revendique une quarantaine d’entreprises clientes, principalement dans la "
            "distribution, la banque et les centres de relation client, des secteurs qui recrutent "
            "en volume. La crise sanitaire a changé la donne : les recrutements ont ralenti, mais "
            "les entreprises qui embauchent reçoivent beaucoup plus de candidatures et cherchent "
            "des moyens de les traiter équitablement, souvent entièrement à distance.</p>"
            "<p>La start-up, qui emploie quinze personnes, prépare une levée de fonds pour 2021 "
            "afin de se développer en Belgique et en Suisse. Elle devra convaincre que l’équité a "
            "aussi une valeur économique. « Diversifier ses recrutements, c’est élargir son vivier "
            "à un moment où certaines compétences sont rares. Ce n’est pas qu’une question "
            "d’image », plaide Camille Le Goff.</p>"
        ),
        "primary_category": "startups",
        "categories": ["tech"],
        "tags": ["HR tech", "Intelligence artificielle", "Recrutement", "Startups"],
        "authors": ["jeanne-dussueil"],
        "published_at": "2020-10-23 09:15",
        "status": "published",
        "photo": {
            "caption": "Talentis évalue les compétences des candidats plutôt que leurs diplômes.",
            "alt_text": (
                "Une recruteuse échange avec un candidat lors d’un entretien, un ordinateur "
                "portable ouvert sur la table entre eux."
            ),
            "credit": "Shutterstock",
            "source": "",
            "color": "#5e548e",
        },
        "related": [
            "intelligence-artificielle-la-sante-terrain-dexperimentation-des-start-up-francaises",
            "edtech-portee-par-lenseignement-a-distance-la-start-up-mentorya-change-dechelle",
        ],
    },
    {
        "slug": "kenya-le-paiement-mobile-laboratoire-de-linclusion-financiere",
        "title": "Kenya : le paiement mobile, laboratoire de l’inclusion financière",
        "standfirst": (
            "Treize ans après le lancement de M-Pesa, le Kenya reste la référence mondiale du "
            "paiement mobile. La crise sanitaire a encore renforcé l’usage de l’argent sur "
            "téléphone, mais pose aussi la question du surendettement lié au crédit numérique."
        ),
        "body": (
            "<p>Dans les rues de Nairobi, les petits kiosques aux couleurs vives des agents de "
            "paiement mobile font partie du paysage. On y dépose et retire de l’argent liquide, "
            "que l’on peut ensuite envoyer d’un simple SMS à un proche resté au village ou "
            "utiliser pour régler ses factures. Depuis le lancement de M-Pesa par l’opérateur "
            "Safaricom, en 2007, le Kenya est devenu le laboratoire mondial de la monnaie "
            "mobile.</p>"
            "<p>Les effets sur l’inclusion financière sont spectaculaires. Selon les enquêtes "
            "nationales menées par la banque centrale et ses partenaires, plus de huit adultes "
            "kényans sur dix ont désormais accès à un service financier formel, contre moins de la "
            "moitié au milieu des années 2000. La monnaie mobile a permis à des millions de "
            "personnes sans compte bancaire d’épargner, d’envoyer de l’argent et d’être payées de "
            "manière sécurisée.</p>"
            "<h2>La pandémie comme accélérateur</h2>"
            "<p>Avec la crise sanitaire, les autorités ont encouragé les paiements sans contact. "
            "Dès le mois de mars, la Banque centrale du Kenya et les opérateurs se sont entendus "
            "pour supprimer les frais sur les petites transactions et relever les plafonds, afin "
            "de limiter la circulation des billets. Les commerçants, y compris les plus modestes, "
            "ont été nombreux à adopter les solutions de paiement marchand.</p>"
            "<p>Au-delà du transfert d’argent, l’écosystème s’est enrichi de services d’épargne, "
            "d’assurance et surtout de crédit. Des offres de microcrédit instantané, accordé en "
            "quelques secondes sur la base de l’historique des transactions, sont devenues très "
            "populaires auprès des ménages comme des petites entreprises.</p>"
            "<h2>Le revers du crédit instantané</h2>"
            "<p>C’est là que le modèle montre ses limites. La multiplication des applications de "
            "prêt a conduit de nombreux emprunteurs à accumuler des dettes auprès de plusieurs "
            "prêteurs, à des taux souvent élevés. « Le crédit numérique a rendu de vrais services, "
            "mais il a aussi piégé des ménages fragiles qui empruntent pour rembourser d’autres "
            "emprunts », observe Samuel Kariuki, économiste dans un centre de recherche de "
            "Nairobi. Les autorités ont engagé une réflexion sur l’encadrement de ces acteurs.</p>"
            "<p>L’expérience kényane continue d’inspirer l’Afrique de l’Ouest, où les services de "
            "monnaie mobile connaissent une croissance rapide. Elle rappelle que l’inclusion "
            "financière ne se résume pas à l’ouverture d’un compte : elle suppose aussi une "
            "protection solide des consommateurs et une éducation financière à la hauteur.</p>"
        ),
        "primary_category": "afrique",
        "categories": ["international"],
        "tags": ["Fintech", "Paiement mobile", "Kenya", "Afrique"],
        "authors": ["aminata-diop"],
        "published_at": "2020-10-21 12:30",
        "status": "published",
        "photo": {
            "caption": (
                "À Nairobi, les kiosques des agents de paiement mobile font partie du paysage "
                "urbain."
            ),
            "alt_text": (
                "Un petit kiosque peint en vert dans une rue animée, où un client remet des "
                "billets à un agent derrière un comptoir."
            ),
            "credit": "Shutterstock",
            "source": "",
            "color": "#2d6a4f",
        },
        "related": [
            (
                "au-senegal-la-fintech-wuro-pay-leve-3-millions-deuros-pour-conquerir-lafrique-de-louest"
            ),
        ],
    },
    {
        "slug": "e-commerce-la-place-de-marche-bordelaise-cepages-co-leve-5-millions-deuros",
        "title": "E-commerce : la place de marché bordelaise Cépages & Co lève 5 millions d’euros",
        "standfirst": (
            "Fragilisés par la fermeture des restaurants et la baisse des exportations, les "
            "vignerons indépendants se tournent vers la vente directe en ligne. Cépages & Co, qui "
            "les aide à toucher les particuliers, lève 5 millions d’euros pour accélérer."
        ),
        "body": (
            "<p>Pour de nombreux vignerons, 2020 restera une année noire. La fermeture des cafés, "
            "hôtels et restaurants au printemps, l’annulation des salons et la chute de la "
            "fréquentation touristique ont privé les domaines de débouchés essentiels. Certains "
            "producteurs souffraient déjà des droits de douane supplémentaires imposés depuis "
            "l’automne 2019 par les États-Unis sur une partie des vins français.</p>"
            "<p>Dans ce contexte, la vente directe en ligne est apparue comme une bouée de "
            "sauvetage. C’est le créneau de Cépages & Co, une place de marché bordelaise créée en "
            "2017 par Hugo Lambert, fils de viticulteur, et Inès Dumas, passée par le marketing "
            "d’un grand site de commerce en ligne. La start-up annonce une levée de fonds de 5 "
            "millions d’euros auprès de Garonne Participations et d’un groupe de business angels "
            "du secteur des vins et spiritueux.</p>"
            "<h2>Le vigneron reste maître de ses prix</h2>"
            "<p>Le principe diffère de celui des sites de ventes privées : chaque domaine fixe "
            "lui-même ses prix, gère ses stocks et dispose d’une page dédiée pour raconter son "
            "histoire. Cépages & Co prend en charge la vitrine, le paiement, la relation client "
            "et, en option, la logistique depuis un entrepôt situé en Gironde. La plateforme "
            "prélève une commission sur chaque vente.</p>"
            "<p>« Les vignerons savent faire du vin, pas forcément gérer un site internet, des "
            "campagnes publicitaires et des expéditions de colis fragiles. Nous leur apportons ce "
            "savoir-faire sans qu’ils perdent le lien avec leurs clients », résume Hugo Lambert. "
            "La place de marché référence plus de 400 domaines, majoritairement indépendants, et "
            "affirme avoir triplé son volume d’affaires entre mars et septembre.</p>"
            "<h2>Objectif : l’Europe</h2>"
            "<p>Les fonds levés doivent permettre d’ouvrir le site à la Belgique, à l’Allemagne et "
            "aux pays nordiques en 2021, de renforcer les équipes techniques et d’automatiser "
            "davantage l’entrepôt. La start-up, qui compte vingt-cinq salariés, prévoit d’en "
            "recruter une quinzaine.</p>"
            "<p>La concurrence est vive sur le marché du vin en ligne, entre cavistes numériques, "
            "sites de ventes événementielles et grandes enseignes de distribution. Inès Dumas en "
            "est consciente : « La crise nous a donné un coup d’accélérateur, mais la vraie "
            "question est de fidéliser ces nouveaux clients lorsque la vie reprendra son cours "
            "normal. » La période des fêtes, décisive pour le secteur, fera office de premier "
            "test.</p>"
        ),
        "primary_category": "startups",
        "categories": ["economie"],
        "tags": ["E-commerce", "Levée de fonds", "Startups", "Viticulture"],
        "authors": ["claire-vasseur"],
        "published_at": "2020-10-19 18:00",
        "status": "published",
        "photo": {
            "caption": (
                "Cépages & Co référence plus de 400 domaines, majoritairement indépendants."
            ),
            "alt_text": (
                "Des bouteilles de vin rouge alignées sur les étagères en bois d’une cave voûtée."
            ),
            "credit": "Unsplash / Paul Girard",
            "source": "",
            "color": "#6d1a36",
        },
        "related": [
            "reconfinement-les-commercants-se-convertissent-en-urgence-au-click-and-collect",
        ],
    },
    {
        "slug": "5g-ce-quil-faut-retenir-des-encheres-francaises",
        "title": "5G : ce qu’il faut retenir des enchères françaises",
        "standfirst": (
            "Les quatre opérateurs français ont obtenu leurs fréquences dans la bande cœur de la "
            "5G, pour un montant total de près de 2,8 milliards d’euros. Les premières offres "
            "commerciales sont attendues d’ici la fin de l’année, dans un climat de débat public."
        ),
        "body": (
            "<p>C’est une étape décisive pour le déploiement de la 5G en France. Les enchères "
            'principales organisées par l’<a href="https://www.arcep.fr/">Arcep</a> pour '
            "l’attribution des fréquences de la bande 3,4-3,8 GHz, considérée comme la bande cœur "
            "de la nouvelle génération de téléphonie mobile, se sont achevées le 1er octobre. Au "
            "total, les opérateurs ont déboursé environ 2,786 milliards d’euros, en comptant les "
            "blocs attribués à prix fixe.</p>"
            "<h2>Qui a obtenu quoi</h2>"
            "<p>Chacun des quatre opérateurs avait obtenu au préalable un bloc de 50 MHz à prix "
            "fixe, en échange d’engagements de couverture et de qualité de service. Les enchères "
            "ont ensuite permis de répartir les blocs restants. À l’arrivée, Orange dispose de 90 "
            "MHz, SFR de 80 MHz, et Bouygues Telecom comme Free Mobile de 70 MHz chacun. Une "
            "dernière enchère, consacrée au positionnement des blocs de chacun dans la bande, doit "
            "encore se tenir dans les prochains jours.</p>"
            "<p>Les opérateurs devront respecter un calendrier de déploiement exigeant : 3 000 "
            "sites équipés dans cette bande fin 2022, 8 000 en 2024 et 10 500 en 2025. Une part de "
            "ces sites devra se situer dans des zones peu denses, afin d’éviter que la 5G ne "
            "creuse la fracture territoriale.</p>"
            "<h2>Ce que la 5G va changer</h2>"
            "<p>Dans un premier temps, les usagers bénéficieront surtout de débits plus élevés et "
            "d’une meilleure fluidité dans les zones où les réseaux 4G arrivent à saturation. Les "
            "usages les plus novateurs, promis aux industriels et aux services publics, viendront "
            "plus tard :</p>"
            "<ul><li>des réseaux privés pour les usines, les ports ou les entrepôts ;</li>"
            "<li>des communications à très faible latence pour le pilotage d’équipements à "
            "distance ;</li>"
            "<li>la connexion massive d’objets et de capteurs dans les villes et "
            "l’agriculture.</li>"
            "</ul>"
            "<p>Ces usages supposeront une évolution du cœur de réseau et l’attribution d’autres "
            "bandes de fréquences, comme la bande des 26 GHz, attendue dans un second temps.</p>"
            "<h2>Un débat public qui ne faiblit pas</h2>"
            "<p>Le lancement de la 5G intervient dans un climat tendu. Plusieurs élus, dont des "
            "maires de grandes villes, ont réclamé un moratoire en attendant les conclusions des "
            "travaux sur son impact environnemental et sanitaire. L’Agence nationale de sécurité "
            "sanitaire doit rendre un avis complet sur l’exposition aux ondes dans les nouvelles "
            "bandes. Les opérateurs, de leur côté, mettent en avant l’efficacité énergétique "
            "accrue de la nouvelle technologie par donnée transportée et l’enjeu de compétitivité "
            "face aux pays qui ont déjà lancé leurs réseaux. Les premières offres commerciales "
            "devraient être lancées d’ici la fin de l’année.</p>"
        ),
        "primary_category": "tech",
        "categories": ["a-la-une", "actualite"],
        "tags": ["5G", "Télécoms", "Arcep", "Régulation"],
        "authors": ["marc-delorme"],
        "published_at": "2020-10-16 10:45",
        "status": "published",
        "photo": {
            "caption": "Les premières antennes 5G doivent être activées d’ici la fin de l’année.",
            "alt_text": (
                "Une antenne relais de téléphonie mobile installée sur un toit, sous un ciel bleu "
                "sans nuages."
            ),
            "credit": "Shutterstock",
            "source": "",
            "color": "#1d3557",
        },
        "related": [
            "face-a-starlink-oneweb-leve-400-millions-de-dollars-aupres-de-softbank-et-hughes",
            {
                "url": "https://www.arcep.fr/",
                "label": "Le site de l’Arcep, régulateur des télécoms",
            },
        ],
    },
    {
        "slug": (
            "intelligence-artificielle-la-sante-terrain-dexperimentation-des-start-up-francaises"
        ),
        "title": (
            "Intelligence artificielle : la santé, terrain d’expérimentation des start-up "
            "françaises"
        ),
        "standfirst": (
            "Aide au diagnostic, tri des urgences, suivi à distance : la santé est devenue l’un "
            "des principaux terrains de jeu de l’intelligence artificielle. En France, de "
            "nombreuses jeunes pousses s’y engouffrent, confrontées à des exigences réglementaires "
            "élevées."
        ),
        "body": (
            "<p>Détecter une fracture passée inaperçue sur une radiographie, repérer un nodule "
            "suspect sur un scanner pulmonaire, prioriser les examens les plus urgents : les "
            "algorithmes d’apprentissage automatique ont fait une entrée remarquée dans les "
            "services d’imagerie médicale. En France, plusieurs dizaines de start-up développent "
            "des solutions d’intelligence artificielle pour la santé, portées par la qualité de la "
            "recherche médicale et mathématique du pays.</p>"
            "<p>À Montpellier, Radiance Médical a ainsi conçu un logiciel qui analyse les "
            "radiographies du thorax et signale au radiologue les anomalies à examiner en "
            "priorité. « L’outil ne pose pas de diagnostic. Il agit comme un deuxième regard, qui "
            "permet de ne rien laisser passer en fin de garde, quand la fatigue se fait sentir », "
            "explique le docteur Antoine Valette, radiologue associé au projet.</p>"
            "<h2>Des domaines d’application variés</h2>"
            "<p>L’imagerie n’est pas le seul domaine concerné. Les jeunes pousses françaises "
            "travaillent notamment sur :</p>"
            "<ul><li>l’analyse des lames d’anatomopathologie pour le diagnostic des cancers ;</li>"
            "<li>la prédiction des complications à partir des données des dossiers patients ;</li>"
            "<li>le télésuivi des malades chroniques grâce à des capteurs connectés ;</li>"
            "<li>l’optimisation des plannings et des flux dans les établissements.</li>"
            "</ul>"
            "<p>La crise sanitaire a accéléré l’adoption de certaines de ces solutions, notamment "
            "pour le tri des patients et l’analyse des scanners pulmonaires de malades du "
            "Covid-19.</p>"
            "<h2>Le défi de la validation clinique</h2>"
            "<p>Le chemin vers le marché reste long. Un logiciel d’aide au diagnostic est un "
            "dispositif médical, qui doit obtenir le marquage CE avant d’être commercialisé. Le "
            "nouveau règlement européen sur les dispositifs médicaux, dont l’entrée en application "
            "a été repoussée d’un an à mai 2021 en raison de la pandémie, va encore renforcer les "
            "exigences. Les start-up doivent par ailleurs démontrer l’intérêt clinique de leurs "
            "outils par des études rigoureuses, condition pour convaincre les médecins et, à "
            "terme, obtenir un remboursement.</p>"
            "<p>L’accès aux données constitue l’autre enjeu majeur. Pour entraîner leurs modèles, "
            "les entreprises ont besoin de grandes quantités de données de santé, soumises à un "
            "encadrement strict. La création du Health Data Hub devait faciliter cet accès, mais "
            "son hébergement a suscité une vive controverse. « La France a tous les atouts pour "
            "devenir un leader, à condition de trouver le bon équilibre entre protection des "
            "patients et capacité d’innovation », résume le docteur Valette.</p>"
        ),
        "primary_category": "tech",
        "categories": ["startups"],
        "tags": ["Intelligence artificielle", "Santé", "Startups", "Données personnelles"],
        "authors": ["jeanne-dussueil"],
        "published_at": "2020-10-14 14:20",
        "status": "published",
        "photo": {
            "caption": (
                "Les algorithmes d’aide au diagnostic sont entraînés sur des milliers d’images "
                "médicales."
            ),
            "alt_text": (
                "Un radiologue examine une radiographie pulmonaire sur un grand écran, à côté "
                "d’une interface d’analyse qui entoure une zone en couleur."
            ),
            "credit": "Shutterstock",
            "source": "",
            "color": "#126e82",
        },
        "related": [
            (
                "cloud-souverain-apres-larret-schrems-ii-les-entreprises-francaises-revoient-leur-strategie"
            ),
            "rh-la-start-up-nantaise-talentis-mise-sur-lia-pour-reduire-les-biais-de-recrutement",
        ],
    },
    {
        "slug": "cote-divoire-a-abidjan-les-incubateurs-se-multiplient-et-se-specialisent",
        "title": "Côte d’Ivoire : à Abidjan, les incubateurs se multiplient et se spécialisent",
        "standfirst": (
            "Agritech, fintech, santé : en quelques années, Abidjan a vu fleurir les structures "
            "d’accompagnement de start-up. Après l’effet de mode, elles cherchent désormais à se "
            "spécialiser pour aider les jeunes pousses à franchir le cap de la croissance."
        ),
        "body": (
            "<p>Il y a cinq ans, on les comptait sur les doigts d’une main. Aujourd’hui, les "
            "incubateurs, accélérateurs et espaces de coworking se multiplient à Abidjan, de "
            "Cocody au Plateau. Portés par des entreprises privées, des fondations, des écoles ou "
            "des bailleurs internationaux, ils témoignent de la vitalité d’un écosystème qui veut "
            "faire de la capitale économique ivoirienne l’un des pôles de la tech francophone.</p>"
            "<p>Après une première vague de structures généralistes, la tendance est à la "
            "spécialisation. Lagune Lab, créé en 2019, se consacre exclusivement à l’agritech et "
            "accompagne des projets de traçabilité du cacao, de financement des intrants ou de "
            "commercialisation des produits vivriers. Plateau Fintech Hub, de son côté, réunit des "
            "start-up de services financiers et les met en relation avec les banques et assureurs "
            "de la place.</p>"
            "<h2>Mieux accompagner, plutôt que plus</h2>"
            "<p>« Nous avons longtemps confondu nombre de programmes et qualité de "
            "l’accompagnement. Une start-up agricole n’a pas les mêmes besoins qu’une application "
            "de livraison : elle a besoin d’agronomes, de coopératives partenaires et d’un accès "
            "aux marchés », explique Awa Kouassi, directrice de Lagune Lab. Les programmes "
            "s’allongent, passant de quelques semaines à plusieurs mois, et intègrent davantage de "
            "mentorat par des chefs d’entreprise expérimentés.</p>"
            "<p>La crise sanitaire a contraint les incubateurs à basculer une partie de leurs "
            "activités en ligne, ce qui leur a permis d’attirer des candidatures de l’intérieur du "
            "pays et des pays voisins. Plusieurs structures envisagent de conserver ce format "
            "hybride.</p>"
            "<h2>La « vallée de la mort » du financement</h2>"
            "<p>Le principal obstacle reste le financement. Si les subventions et les prix de "
            "concours permettent de démarrer, les tours de table de quelques centaines de milliers "
            "d’euros, nécessaires pour passer de l’idée à la croissance, restent rares. Les fonds "
            "d’investissement actifs sur le continent concentrent encore l’essentiel de leurs "
            "tickets sur le Nigeria, le Kenya, l’Afrique du Sud et l’Égypte.</p>"
            "<p>Pour y remédier, les acteurs ivoiriens plaident pour un cadre fiscal incitatif en "
            "faveur des investisseurs locaux et pour une ouverture de la commande publique aux "
            "start-up. « Les talents sont là, les idées aussi. Il manque encore le capital patient "
            "qui permet de transformer un bon projet en entreprise », résume Awa Kouassi.</p>"
        ),
        "primary_category": "afrique",
        "categories": ["startups"],
        "tags": ["Côte d’Ivoire", "Incubateurs", "Startups", "Afrique"],
        "authors": ["aminata-diop"],
        "published_at": "2020-10-12 09:00",
        "status": "published",
        "photo": {
            "caption": "À Abidjan, les programmes d’incubation se spécialisent par secteur.",
            "alt_text": (
                "Un groupe de jeunes entrepreneurs écoute une intervenante devant un tableau "
                "couvert de post-it, dans une salle de réunion."
            ),
            "credit": "DR",
            "source": "",
            "color": "#f4a259",
        },
        "related": [
            (
                "au-senegal-la-fintech-wuro-pay-leve-3-millions-deuros-pour-conquerir-lafrique-de-louest"
            ),
            "a-alger-une-nouvelle-generation-dentrepreneurs-veut-dessiner-une-autre-algerie",
        ],
    },
    {
        "slug": "fintech-la-neobanque-kalia-seduit-les-independants-et-leve-7-millions-deuros",
        "title": "Fintech : la néobanque Kalia séduit les indépendants et lève 7 millions d’euros",
        "standfirst": (
            "Compte professionnel, facturation et provisions automatiques pour les charges : la "
            "néobanque parisienne Kalia veut simplifier la vie administrative des travailleurs "
            "indépendants. Elle lève 7 millions d’euros pour enrichir son offre."
        ),
        "body": (
            "<p>Ils sont graphistes, développeurs, consultants, coachs sportifs ou artisans, et "
            "ont tous en commun de consacrer une part importante de leur temps à l’administratif. "
            "C’est à eux que s’adresse Kalia, néobanque parisienne fondée en 2018, qui annonce une "
            "levée de fonds de 7 millions d’euros auprès de Seine Venture Partners et de ses "
            "actionnaires historiques.</p>"
            "<p>L’application propose un compte professionnel accompagné d’une carte de paiement, "
            "mais aussi un outil de facturation, la catégorisation automatique des dépenses et un "
            "calcul en temps réel des sommes à mettre de côté pour les cotisations sociales et la "
            "TVA. « Le cauchemar de l’indépendant, c’est la régularisation qui tombe six mois plus "
            "tard. Nous provisionnons automatiquement ces montants sur un sous-compte, pour qu’il "
            "n’y ait plus de mauvaise surprise », explique Bastien Roche, cofondateur et directeur "
            "général.</p>"
            "<h2>Un marché en pleine croissance</h2>"
            "<p>Le nombre de travailleurs indépendants progresse en France depuis plusieurs "
            "années, porté notamment par le régime de la micro-entreprise et le développement du "
            "travail en freelance dans les métiers du numérique. Un marché longtemps délaissé par "
            "les banques traditionnelles, dont les offres professionnelles sont souvent jugées "
            "coûteuses et peu adaptées aux petites structures.</p>"
            "<p>Kalia revendique 60 000 clients, dont une majorité de moins de 40 ans. La crise "
            "sanitaire a mis en lumière la fragilité financière de nombreux indépendants. La "
            "néobanque a développé un tableau de bord permettant de suivre la trésorerie et de "
            "simuler différents scénarios d’activité, très utilisé pendant le confinement du "
            "printemps.</p>"
            "<h2>Vers le crédit et l’assurance</h2>"
            "<p>Les fonds levés doivent permettre d’élargir la gamme de services, avec une offre "
            "d’avance sur factures, des partenariats avec des assureurs pour la responsabilité "
            "civile professionnelle et la prévoyance, et un accompagnement comptable pour les "
            "sociétés. La start-up, qui compte 45 salariés, prévoit d’en recruter une trentaine "
            "dans les douze prochains mois.</p>"
            "<p>La concurrence est rude sur ce segment, où plusieurs néobanques pour "
            "professionnels ont déjà levé des montants importants et où les banques en ligne "
            "traditionnelles renforcent leurs offres. Kalia mise sur la spécialisation : « Nous ne "
            "voulons pas être la banque de toutes les entreprises, mais le meilleur outil pour "
            "ceux qui travaillent seuls », insiste Bastien Roche.</p>"
        ),
        "primary_category": "startups",
        "categories": ["economie"],
        "tags": ["Fintech", "Néobanque", "Levée de fonds", "Freelances"],
        "authors": ["claire-vasseur"],
        "published_at": "2020-10-09 16:30",
        "status": "published",
        "photo": {
            "caption": (
                "L’application de Kalia catégorise automatiquement les dépenses professionnelles."
            ),
            "alt_text": (
                "Un homme assis à la terrasse d’un café consulte une application bancaire sur son "
                "smartphone."
            ),
            "credit": "Photo fournie par l’entreprise",
            "source": "",
            "color": "#3d5a80",
        },
        "related": [
            (
                "assurtech-la-jeune-pousse-marseillaise-couvrir-veut-simplifier-lassurance-des-freelances"
            ),
            (
                "au-senegal-la-fintech-wuro-pay-leve-3-millions-deuros-pour-conquerir-lafrique-de-louest"
            ),
        ],
    },
    {
        "slug": (
            "satellites-la-start-up-toulousaine-orbivia-veut-surveiller-les-cultures-depuis-lespace"
        ),
        "title": (
            "Satellites : la start-up toulousaine Orbivia veut surveiller les cultures depuis "
            "l’espace"
        ),
        "standfirst": (
            "En croisant images satellitaires et données météorologiques, Orbivia aide "
            "agriculteurs, coopératives et assureurs à suivre l’état des parcelles. La jeune "
            "pousse toulousaine lève 4 millions d’euros et prépare le lancement de son propre "
            "nanosatellite."
        ),
        "body": (
            "<p>Vu de l’espace, un champ de blé en manque d’eau ne ressemble pas tout à fait à un "
            "champ en bonne santé. C’est sur ces différences, invisibles à l’œil nu mais "
            "mesurables dans certaines longueurs d’onde, que Orbivia a construit son offre. La "
            "start-up toulousaine, fondée en 2018, annonce une levée de fonds de 4 millions "
            "d’euros auprès d’Occitanie Deeptech Capital et d’un fonds spécialisé dans "
            "l’agriculture.</p>"
            "<p>Sa plateforme exploite notamment les images gratuites des satellites Sentinel-2 du "
            "programme européen Copernicus, qui survolent chaque point de la planète tous les cinq "
            "jours environ. Les algorithmes d’Orbivia les combinent avec des données "
            "météorologiques et agronomiques pour estimer le stress hydrique, détecter des "
            "maladies ou anticiper les rendements, parcelle par parcelle.</p>"
            "<h2>Des clients bien au-delà des exploitations</h2>"
            "<p>Si les agriculteurs peuvent consulter ces informations sur une application, les "
            "principaux clients de la jeune pousse sont des coopératives, des négociants et des "
            "assureurs. « Une coopérative qui collecte des céréales auprès de milliers "
            "d’exploitations a besoin de savoir, des semaines à l’avance, à quels volumes "
            "s’attendre. Un assureur doit pouvoir évaluer rapidement l’ampleur d’une sécheresse », "
            "détaille Mathilde Roux, cofondatrice et présidente d’Orbivia.</p>"
            "<p>La sécheresse qui a touché une partie de la France cet été a d’ailleurs renforcé "
            "l’intérêt pour ces outils de suivi, dans un contexte où le changement climatique "
            "multiplie les aléas pour les cultures.</p>"
            "<h2>Un premier satellite en 2022</h2>"
            "<p>Une partie des fonds servira à financer la conception d’un nanosatellite équipé "
            "d’une caméra hyperspectrale, dont le lancement est envisagé pour 2022. Il doit "
            "permettre d’obtenir des images plus fréquentes et plus précises sur certaines zones "
            "d’intérêt. La start-up, qui emploie vingt personnes, compte aussi recruter des data "
            "scientists et ouvrir des marchés en Espagne et au Maroc.</p>"
            "<p>Orbivia profite de l’écosystème spatial toulousain, l’un des plus denses d’Europe, "
            "qui réunit centres de recherche, industriels et laboratoires. « Le spatial n’est plus "
            "réservé aux grandes agences. Avec les nanosatellites et les données ouvertes, une "
            "start-up peut proposer des services concrets à des acteurs économiques de terrain », "
            "se félicite Mathilde Roux.</p>"
        ),
        "primary_category": "startups",
        "categories": ["tech"],
        "tags": ["Satellites", "Agritech", "Levée de fonds", "Spatial"],
        "authors": ["antoine-berthier"],
        "published_at": "2020-10-07 11:10",
        "status": "published",
        "photo": {
            "caption": (
                "Orbivia combine images satellitaires et données météo pour suivre l’état des "
                "parcelles."
            ),
            "alt_text": (
                "Image satellite en fausses couleurs montrant une mosaïque de parcelles agricoles "
                "vertes, jaunes et rouges."
            ),
            "credit": "Photo fournie par l’entreprise",
            "source": "",
            "color": "#386641",
        },
        "related": [
            "face-a-starlink-oneweb-leve-400-millions-de-dollars-aupres-de-softbank-et-hughes",
            "agritech-les-fermes-verticales-cherchent-encore-leur-modele-economique",
        ],
    },
    {
        "slug": "regulation-ce-que-pourrait-contenir-le-futur-digital-services-act-europeen",
        "title": "Régulation : ce que pourrait contenir le futur Digital Services Act européen",
        "standfirst": (
            "La Commission européenne doit présenter d’ici à la fin de l’année un paquet "
            "législatif destiné à encadrer les grandes plateformes numériques. Responsabilité face "
            "aux contenus illicites, transparence, concurrence : tour d’horizon des pistes à "
            "l’étude."
        ),
        "body": (
            "<p>Vingt ans après la directive sur le commerce électronique, adoptée à une époque où "
            "les réseaux sociaux n’existaient pas, l’Union européenne s’apprête à réécrire les "
            "règles du jeu de l’internet. La Commission doit présenter d’ici à la fin de l’année "
            "le Digital Services Act, un texte très attendu qui vise à moderniser le cadre "
            "applicable aux services numériques, et en particulier aux grandes plateformes.</p>"
            "<p>Le chantier est porté par le commissaire au marché intérieur, Thierry Breton, et "
            "par la vice-présidente exécutive chargée du numérique et de la concurrence, Margrethe "
            "Vestager. Une vaste consultation publique, close en septembre, a permis de recueillir "
            "les contributions des entreprises, des États membres et de la société civile.</p>"
            "<h2>Deux volets complémentaires</h2>"
            "<p>Selon les éléments rendus publics, le projet devrait s’articuler autour de deux "
            "piliers. Le premier concerne la responsabilité des plateformes face aux contenus et "
            "produits illicites. Le second, parfois présenté sous le nom de Digital Markets Act, "
            "viserait à imposer des règles spécifiques aux plateformes dites « contrôleurs "
            "d’accès », ces acteurs devenus incontournables pour atteindre les consommateurs.</p>"
            "<p>Parmi les pistes évoquées figurent notamment :</p>"
            "<ul><li>des procédures harmonisées de signalement et de retrait des contenus "
            "illicites ;</li>"
            "<li>une transparence accrue sur les algorithmes de recommandation et la publicité "
            "ciblée ;</li>"
            "<li>l’obligation pour les places de marché de mieux identifier les vendeurs "
            "professionnels ;</li>"
            "<li>des audits indépendants et un accès des chercheurs aux données des très grandes "
            "plateformes ;</li>"
            "<li>des sanctions financières dissuasives en cas de manquement.</li>"
            "</ul>"
            "<h2>Un équilibre délicat</h2>"
            "<p>L’exercice est périlleux. Il s’agit de lutter plus efficacement contre la haine en "
            "ligne, la contrefaçon ou la désinformation sans porter atteinte à la liberté "
            "d’expression, ni décourager l’innovation des acteurs européens. En France, la censure "
            "partielle de la loi contre les contenus haineux sur internet par le Conseil "
            "constitutionnel, en juin dernier, a rappelé combien l’équilibre est difficile à "
            "trouver.</p>"
            "<p>Les grandes plateformes américaines, de leur côté, ont intensifié leur lobbying à "
            "Bruxelles, tandis que les associations de consommateurs et les éditeurs de presse "
            "plaident pour des règles ambitieuses. « Le texte sera jugé sur sa capacité à "
            "s’appliquer réellement aux géants du secteur, et pas seulement aux petits acteurs qui "
            "n’ont pas les moyens de s’y conformer », prévient une juriste spécialisée dans le "
            "droit du numérique. Une fois présenté, le projet devra encore être examiné par le "
            "Parlement européen et les États membres, un processus qui pourrait durer plusieurs "
            "années.</p>"
        ),
        "primary_category": "international",
        "categories": ["a-la-une", "actualite"],
        "tags": ["Régulation", "Union européenne", "Plateformes"],
        "authors": ["marc-delorme"],
        "published_at": "2020-10-05 08:45",
        "status": "published",
        "photo": {
            "caption": "Le Berlaymont, siège de la Commission européenne à Bruxelles.",
            "alt_text": (
                "Façade vitrée en forme de croix du bâtiment du Berlaymont, devant laquelle "
                "flottent des drapeaux européens."
            ),
            "credit": "Shutterstock",
            "source": "",
            "color": "#003399",
        },
        "related": [
            (
                "cloud-souverain-apres-larret-schrems-ii-les-entreprises-francaises-revoient-leur-strategie"
            ),
            {"url": "https://ec.europa.eu/", "label": "Le site de la Commission européenne"},
        ],
    },
    {
        "slug": (
            "logistique-urbaine-les-entrepots-de-proximite-se-reinventent-face-a-lessor-du-e-commerce"
        ),
        "title": (
            "Logistique urbaine : les entrepôts de proximité se réinventent face à l’essor du "
            "e-commerce"
        ),
        "standfirst": (
            "Parkings souterrains reconvertis, micro-entrepôts, vélos-cargos : pour livrer plus "
            "vite sans congestionner les centres-villes, la logistique du dernier kilomètre se "
            "réinvente. Un marché sur lequel se positionnent de nombreuses start-up."
        ),
        "body": (
            "<p>Sous un immeuble du 3e arrondissement de Lyon, l’ancien parking souterrain a "
            "changé de vocation. À la place des voitures, des rayonnages remplis de colis et une "
            "flotte de vélos-cargos électriques qui sillonnent le quartier du matin au soir. "
            "L’endroit est exploité par Quai Zéro, une start-up lyonnaise qui transforme des "
            "espaces urbains sous-utilisés en plateformes de livraison de proximité.</p>"
            "<p>Le modèle répond à une équation devenue pressante pour les villes. L’essor du "
            "commerce en ligne, encore accéléré par la crise sanitaire, multiplie les livraisons à "
            "domicile, tandis que les collectivités cherchent à réduire la circulation des "
            "camionnettes dans les centres-villes. La création progressive de zones à faibles "
            "émissions, prévue par la loi d’orientation des mobilités, accentue la pression sur "
            "les transporteurs.</p>"
            "<h2>Rapprocher les colis des destinataires</h2>"
            "<p>Le principe est simple : plutôt que de faire partir chaque camionnette d’un "
            "entrepôt situé en périphérie, les marchandises sont acheminées en une fois vers un "
            "point de stockage en ville, d’où elles sont distribuées par des véhicules légers. "
            "« Un vélo-cargo livre aussi vite qu’une camionnette en hypercentre, sans chercher de "
            "place pour se garer et sans émettre de polluants », explique Julie Marchetti, "
            "cofondatrice de Quai Zéro.</p>"
            "<p>La start-up exploite quatre sites à Lyon et prépare son arrivée à Paris et à "
            "Bordeaux. Elle travaille avec des transporteurs, des enseignes de distribution et des "
            "commerçants indépendants qui lui confient leurs livraisons locales.</p>"
            "<h2>Un modèle encore fragile</h2>"
            "<p>Le secteur doit toutefois relever plusieurs défis :</p>"
            "<ul><li>le coût du foncier en centre-ville, qui pèse sur la rentabilité des sites "
            ";</li>"
            "<li>la densité de livraisons nécessaire pour amortir chaque point de stockage ;</li>"
            "<li>le recrutement et la fidélisation des livreurs ;</li>"
            "<li>l’articulation avec les systèmes d’information des grands transporteurs.</li>"
            "</ul>"
            "<p>Les bailleurs et les collectivités jouent un rôle décisif, en mettant à "
            "disposition des espaces à des conditions avantageuses. Plusieurs villes ont lancé des "
            "appels à projets pour reconvertir des parkings publics ou des rez-de-chaussée "
            "vacants. « La logistique a longtemps été chassée des villes. Il faut aujourd’hui lui "
            "faire une place, mais une place compatible avec la qualité de vie des habitants », "
            "résume Julie Marchetti. Un changement de regard qui pourrait faire de la logistique "
            "urbaine l’un des grands chantiers des prochaines années.</p>"
        ),
        "primary_category": "economie",
        "categories": ["startups"],
        "tags": ["Logistique", "E-commerce", "Villes", "Startups"],
        "authors": ["jeanne-dussueil"],
        "published_at": "2020-10-02 13:00",
        "status": "published",
        "photo": {
            "caption": (
                "Les vélos-cargos électriques assurent une part croissante des livraisons en "
                "centre-ville."
            ),
            "alt_text": (
                "Un livreur pédale sur un vélo-cargo électrique chargé de colis dans une rue pavée "
                "de centre-ville."
            ),
            "credit": "Unsplash / Thomas Vidal",
            "source": "",
            "color": "#606c38",
        },
        "related": [
            "robots-logistiques-pourquoi-scallog-se-lance-aux-etats-unis",
            "mobilite-les-trottinettes-en-libre-service-a-lepreuve-de-la-crise-sanitaire",
        ],
    },
    {
        "slug": "edtech-portee-par-lenseignement-a-distance-la-start-up-mentorya-change-dechelle",
        "title": (
            "Edtech : portée par l’enseignement à distance, la start-up Mentorya change d’échelle"
        ),
        "standfirst": (
            "Le confinement du printemps a fait exploser la demande de soutien scolaire en ligne. "
            "La start-up Mentorya, qui met en relation élèves et tuteurs étudiants, a vu son "
            "activité quadrupler et aborde la rentrée avec de nouvelles ambitions."
        ),
        "body": (
            "<p>Quand les écoles ont fermé leurs portes, en mars, Yasmine Cherki a cru que sa "
            "start-up allait devoir mettre la clé sous la porte. Six mois plus tard, Mentorya a "
            "changé de dimension. La plateforme lilloise de soutien scolaire en ligne, qui met en "
            "relation des collégiens et lycéens avec des tuteurs étudiants, a vu le nombre de "
            "séances quadrupler pendant le confinement et continue de croître depuis la "
            "rentrée.</p>"
            "<p>« Les familles se sont retrouvées du jour au lendemain à devoir assurer la "
            "continuité pédagogique, souvent en télétravaillant. Beaucoup ont cherché un appui, "
            "surtout en mathématiques et en langues », raconte la fondatrice, ancienne professeure "
            "de physique-chimie. Les séances se déroulent en visioconférence, avec un tableau "
            "blanc partagé et un suivi de progression consultable par les parents.</p>"
            "<h2>Des tuteurs formés et accompagnés</h2>"
            "<p>La plateforme recrute ses tuteurs parmi les étudiants des écoles d’ingénieurs, des "
            "universités et des instituts de formation des enseignants. Tous suivent une formation "
            "à la pédagogie en ligne et sont accompagnés par une équipe d’enseignants "
            "expérimentés. Les tarifs, inférieurs à ceux des cours particuliers classiques, ont "
            "séduit des familles qui n’avaient jamais eu recours au soutien scolaire.</p>"
            "<p>Mentorya a aussi noué des partenariats avec une vingtaine de collèges et plusieurs "
            "collectivités, qui financent des séances pour les élèves les plus éloignés de "
            "l’école. Un dispositif qui se heurte toutefois à la fracture numérique : une partie "
            "des familles ne dispose ni d’ordinateur ni d’une connexion suffisante.</p>"
            "<h2>Préparer l’après-crise</h2>"
            "<p>Pour soutenir sa croissance, la start-up, qui emploie désormais vingt-deux "
            "personnes, prépare une levée de fonds et développe une offre d’exercices interactifs "
            "pour accompagner les élèves entre deux séances. Elle compte également proposer ses "
            "services aux établissements dans le cadre des dispositifs d’aide aux devoirs.</p>"
            "<p>Le secteur de l’edtech, longtemps considéré comme difficile à monétiser en France, "
            "a bénéficié de la crise d’un intérêt inédit de la part des investisseurs. Reste à "
            "savoir si l’engouement survivra au retour à la normale. « L’enseignement à distance "
            "ne remplacera jamais la classe. Mais il a prouvé qu’il pouvait être un complément "
            "précieux, à condition d’être encadré », estime Yasmine Cherki.</p>"
        ),
        "primary_category": "startups",
        "categories": ["tech"],
        "tags": ["Edtech", "Covid-19", "Startups", "Éducation"],
        "authors": ["antoine-berthier"],
        "published_at": "2020-09-30 10:20",
        "status": "published",
        "photo": {
            "caption": (
                "Les séances de soutien scolaire de Mentorya se déroulent en visioconférence."
            ),
            "alt_text": (
                "Une collégienne suit un cours en ligne sur un ordinateur portable, un cahier "
                "ouvert devant elle."
            ),
            "credit": "Photo fournie par l’entreprise",
            "source": "",
            "color": "#ffb703",
        },
        "related": [
            "rh-la-start-up-nantaise-talentis-mise-sur-lia-pour-reduire-les-biais-de-recrutement",
        ],
    },
    {
        "slug": "afrique-les-centres-de-donnees-nouveau-terrain-de-jeu-des-investisseurs",
        "title": "Afrique : les centres de données, nouveau terrain de jeu des investisseurs",
        "standfirst": (
            "Explosion des usages numériques, nouvelles lois sur la localisation des données, "
            "arrivée des grands câbles sous-marins : le marché africain des centres de données "
            "attire des capitaux inédits. Mais l’énergie reste le talon d’Achille du secteur."
        ),
        "body": (
            "<p>L’Afrique ne représente encore qu’une part infime de la capacité mondiale des "
            "centres de données. C’est précisément ce retard qui aiguise l’appétit des "
            "investisseurs. Opérateurs spécialisés, fonds d’infrastructure, opérateurs télécoms et "
            "géants du cloud multiplient les projets sur le continent, convaincus que la demande "
            "va croître très fortement au cours de la prochaine décennie.</p>"
            "<p>Les grands fournisseurs mondiaux ont ouvert la voie en Afrique du Sud, où "
            "Microsoft a lancé ses premières régions cloud en 2019, suivi par Amazon Web Services "
            "au printemps 2020. Mais le mouvement s’étend désormais au Nigeria, au Kenya, au "
            "Ghana, à l’Égypte ou au Maroc, ainsi qu’à l’Afrique francophone, où plusieurs projets "
            "sont à l’étude à Dakar et à Abidjan.</p>"
            "<h2>Des moteurs puissants</h2>"
            "<p>Plusieurs facteurs alimentent cette dynamique. L’essor du paiement mobile, du "
            "streaming et des services publics en ligne fait exploser les volumes de données. "
            "Plusieurs pays ont adopté des législations qui imposent ou encouragent l’hébergement "
            "local de certaines données, à l’image du Nigeria avec son règlement sur la protection "
            "des données. Enfin, l’arrivée de nouveaux câbles sous-marins de grande capacité, "
            "comme les projets 2Africa et Equiano, doit améliorer la connectivité du "
            "continent.</p>"
            "<p>« Héberger localement les données, c’est réduire la latence pour les utilisateurs, "
            "diminuer les coûts de bande passante internationale et répondre aux exigences de "
            "souveraineté des États », résume Ousmane Ba, consultant en infrastructures numériques "
            "basé à Dakar.</p>"
            "<h2>L’énergie, défi numéro un</h2>"
            "<p>Les obstacles restent cependant considérables. Un centre de données consomme de "
            "grandes quantités d’électricité, qui doit être disponible en permanence. Dans de "
            "nombreux pays, l’instabilité du réseau impose de recourir à des groupes électrogènes "
            "coûteux et polluants. Les opérateurs investissent de plus en plus dans des centrales "
            "solaires dédiées et des solutions de stockage pour sécuriser leur "
            "approvisionnement.</p>"
            "<p>La rareté des compétences techniques et le coût du financement constituent "
            "d’autres freins. Mais pour les investisseurs, la tendance de fond ne fait guère de "
            "doute. La crise sanitaire, qui a accéléré la numérisation des entreprises et des "
            "administrations africaines, a encore renforcé leur conviction que le continent "
            "représente l’un des derniers grands relais de croissance du secteur.</p>"
        ),
        "primary_category": "afrique",
        "categories": ["economie"],
        "tags": ["Cloud", "Data centers", "Afrique", "Investissement"],
        "authors": ["aminata-diop", "marc-delorme"],
        "published_at": "2020-09-28 15:00",
        "status": "published",
        "photo": {
            "caption": (
                "Plusieurs projets de centres de données sont à l’étude en Afrique de l’Ouest."
            ),
            "alt_text": (
                "Un technicien vérifie des câbles réseau à l’arrière d’une baie de serveurs dans "
                "une salle climatisée."
            ),
            "credit": "Shutterstock",
            "source": "",
            "color": "#264653",
        },
        "related": [
            (
                "cloud-souverain-apres-larret-schrems-ii-les-entreprises-francaises-revoient-leur-strategie"
            ),
            "kenya-le-paiement-mobile-laboratoire-de-linclusion-financiere",
        ],
    },
    {
        "slug": "cybersecurite-la-pepite-rennaise-gardia-leve-8-millions-deuros",
        "title": "Cybersécurité : la pépite rennaise Gardia lève 8 millions d’euros",
        "standfirst": (
            "Spécialiste de la détection des cyberattaques pour les PME et les collectivités, la "
            "start-up rennaise Gardia boucle un tour de table de 8 millions d’euros. Elle veut "
            "rendre accessible aux structures modestes une surveillance jusqu’ici réservée aux "
            "grands groupes."
        ),
        "body": (
            "<p>Les grandes entreprises disposent de centres opérationnels de sécurité, ces "
            "équipes qui surveillent jour et nuit les systèmes d’information pour détecter les "
            "intrusions. Les PME, les établissements de santé de taille moyenne et les "
            "collectivités, beaucoup moins. C’est à elles que s’adresse Gardia, une start-up "
            "rennaise fondée en 2017, qui annonce une levée de fonds de 8 millions d’euros menée "
            "par Vilaine Capital, avec la participation de ses investisseurs historiques.</p>"
            "<p>L’entreprise propose un service de détection et de réponse aux incidents "
            "entièrement géré, facturé sous forme d’abonnement mensuel. Des sondes installées sur "
            "le réseau du client et des agents déployés sur les postes de travail collectent des "
            "signaux, analysés par une plateforme qui combine règles de détection et apprentissage "
            "automatique. En cas d’alerte, les analystes de Gardia interviennent à distance pour "
            "isoler la menace.</p>"
            "<h2>Des cibles de plus en plus visées</h2>"
            "<p>« Les attaquants ont compris que les petites structures étaient moins bien "
            "protégées et souvent prêtes à payer pour redémarrer leur activité. Une PME paralysée "
            "par un rançongiciel peut y laisser sa survie », rappelle Gwenaël Le Bihan, "
            "cofondateur et président de Gardia, ancien officier spécialisé dans la cyberdéfense. "
            "La généralisation du télétravail, qui multiplie les accès à distance, a encore élargi "
            "la surface d’attaque.</p>"
            "<p>La start-up revendique quelque 200 clients, dont une trentaine de collectivités et "
            "d’établissements publics, et affirme avoir doublé son chiffre d’affaires en un "
            "an.</p>"
            "<h2>Un écosystème breton en plein essor</h2>"
            "<p>Gardia profite d’un environnement favorable. La région rennaise s’est imposée "
            "comme l’un des principaux pôles français de la cybersécurité, autour des centres de "
            "recherche, des écoles d’ingénieurs et des implantations du ministère des Armées, avec "
            "un vivier de talents rare dans un secteur en pénurie chronique de compétences.</p>"
            "<p>Les fonds levés doivent permettre de recruter une cinquantaine d’analystes et "
            "d’ingénieurs, d’ouvrir un second centre de surveillance à Lyon et de développer un "
            "réseau de partenaires revendeurs parmi les entreprises de services informatiques. "
            "« Notre objectif est de démocratiser la cybersécurité de haut niveau, avec une équipe "
            "et des données qui restent en France », conclut Gwenaël Le Bihan.</p>"
        ),
        "primary_category": "startups",
        "categories": ["tech"],
        "tags": ["Cybersécurité", "Levée de fonds", "Startups", "French Tech"],
        "authors": ["claire-vasseur"],
        "published_at": "2020-09-25 09:30",
        "status": "published",
        "photo": {
            "caption": (
                "Les analystes de Gardia surveillent en continu les systèmes d’information de "
                "leurs clients."
            ),
            "alt_text": (
                "Des analystes assis devant plusieurs écrans affichant des graphiques et des "
                "alertes dans une salle de surveillance."
            ),
            "credit": "Photo fournie par l’entreprise",
            "source": "",
            "color": "#0f4c5c",
        },
        "related": ["cybersecurite-les-hopitaux-cibles-privilegiees-des-rancongiciels"],
    },
    {
        "slug": "estonie-le-residence-vitrine-dun-etat-entierement-numerique",
        "title": "Estonie : l’e-résidence, vitrine d’un État entièrement numérique",
        "standfirst": (
            "Depuis 2014, l’Estonie permet à des étrangers du monde entier de devenir "
            "« e-résidents » et de créer une entreprise européenne en ligne. Un programme "
            "emblématique d’un pays qui a fait du numérique l’ADN de son administration."
        ),
        "body": (
            "<p>Créer une entreprise dans l’Union européenne sans y mettre les pieds, signer des "
            "documents officiels à distance, déclarer ses impôts en quelques minutes : c’est la "
            'promesse de l’<a href="https://e-resident.gov.ee/">e-résidence estonienne</a>. Lancé '
            "fin 2014, ce programme permet à des personnes du monde entier d’obtenir une identité "
            "numérique délivrée par l’État estonien, qui leur donne accès à une partie des "
            "services publics en ligne du pays.</p>"
            "<p>L’e-résidence ne confère ni la nationalité, ni un droit de séjour, ni une "
            "résidence fiscale. Elle offre en revanche une carte à puce et des outils de signature "
            "électronique reconnus dans toute l’Union européenne. Plusieurs dizaines de milliers "
            "de personnes, venues de plus de 150 pays, ont déjà rejoint le programme : "
            "entrepreneurs nomades, consultants indépendants, ou sociétés souhaitant disposer "
            "d’une base juridique européenne.</p>"
            "<h2>Vingt ans d’administration numérique</h2>"
            "<p>Le programme n’est que la partie la plus visible d’une transformation engagée dès "
            "la fin des années 1990. Au cœur du système, une plateforme d’échange de données "
            "baptisée X-Road relie les bases de l’administration, des banques et des entreprises, "
            "permettant aux différents services de partager les informations sans les centraliser. "
            "Chaque citoyen dispose d’une carte d’identité électronique qui lui donne accès à la "
            "quasi-totalité des démarches en ligne.</p>"
            "<p>Le principe du « une seule fois » est au fondement du modèle : l’administration ne "
            "peut pas demander à un citoyen une information dont elle dispose déjà. Les Estoniens "
            "peuvent même voter par internet aux élections nationales depuis le milieu des années "
            "2000, un cas unique au monde à cette échelle.</p>"
            "<h2>Un modèle difficile à transposer</h2>"
            "<p>Le succès estonien tient en partie à des conditions particulières : un pays de 1,3 "
            "million d’habitants, qui a reconstruit son administration après l’indépendance sans "
            "avoir à moderniser un lourd héritage informatique. La confiance des citoyens, "
            "entretenue par une grande transparence sur l’usage des données, joue également un "
            "rôle clé : chacun peut consulter en ligne qui a accédé à ses informations "
            "personnelles.</p>"
            "<p>Le modèle n’est pas pour autant à l’abri des critiques. Une faille découverte en "
            "2017 dans les puces de certaines cartes d’identité avait contraint le pays à mettre à "
            "jour à distance des centaines de milliers de certificats. Mais pour de nombreux "
            "gouvernements, l’Estonie reste une référence, au moment où la crise sanitaire "
            "démontre l’importance de pouvoir faire fonctionner un État à distance.</p>"
        ),
        "primary_category": "international",
        "categories": [],
        "tags": ["Identité numérique", "Estonie", "Administration numérique"],
        "authors": ["marc-delorme"],
        "published_at": "2020-09-23 17:00",
        "status": "published",
        "photo": None,
        "related": [
            (
                "webinar-acces-aux-services-digitaux-identite-digitale-comment-repondre-aux-attentes-de-vos-clients"
            ),
            "regulation-ce-que-pourrait-contenir-le-futur-digital-services-act-europeen",
        ],
    },
    {
        "slug": "agritech-les-fermes-verticales-cherchent-encore-leur-modele-economique",
        "title": "Agritech : les fermes verticales cherchent encore leur modèle économique",
        "standfirst": (
            "Cultiver des salades et des herbes aromatiques en intérieur, sans pesticides et au "
            "plus près des consommateurs : la promesse des fermes verticales séduit. Mais entre "
            "coûts énergétiques et prix de vente, l’équation financière reste difficile."
        ),
        "body": (
            "<p>Dans un ancien entrepôt de Seine-Saint-Denis, des étagères de plusieurs mètres de "
            "haut baignent dans une lumière rose. Sous les lampes LED, des plants de basilic, de "
            "coriandre et de laitue poussent hors sol, nourris par une solution nutritive qui "
            "circule en circuit fermé. Ici, pas de saisons, pas d’intempéries ni de pesticides : "
            "Verdure Urbaine, la start-up qui exploite le site depuis 2019, récolte chaque "
            "jour.</p>"
            "<p>Les fermes verticales ont le vent en poupe. Elles promettent une production "
            "locale, stable tout au long de l’année, économe en eau et en surface au sol. Aux "
            "États-Unis, plusieurs acteurs du secteur ont levé des centaines de millions de "
            "dollars. En Europe, les projets se multiplient, souvent en partenariat avec des "
            "distributeurs désireux de proposer des produits ultra-frais cultivés à quelques "
            "kilomètres de leurs magasins.</p>"
            "<h2>L’énergie, poste de coût numéro un</h2>"
            "<p>Derrière la vitrine, l’équation économique reste délicate. L’éclairage artificiel "
            "et la climatisation consomment beaucoup d’électricité, ce qui pèse lourdement sur les "
            "coûts de production. L’investissement initial, entre l’aménagement des locaux, les "
            "systèmes d’irrigation et l’automatisation, est également élevé.</p>"
            "<blockquote><p>« Produire une salade en intérieur coûte encore nettement plus cher "
            "qu’en plein champ. Il faut donc viser des produits à forte valeur ajoutée et des "
            "clients prêts à payer la fraîcheur et la régularité. »</p>"
            "</blockquote>"
            "<p>Ainsi résume Théo Marchal, cofondateur de Verdure Urbaine. La start-up s’est "
            "concentrée sur les herbes aromatiques et les jeunes pousses, qu’elle vend aux "
            "restaurants gastronomiques et à quelques épiceries fines. La fermeture des "
            "restaurants au printemps l’a d’ailleurs contrainte à se réorienter en urgence vers la "
            "vente directe aux particuliers.</p>"
            "<h2>La recherche de rentabilité</h2>"
            "<p>Pour améliorer leurs marges, les acteurs du secteur misent sur plusieurs leviers : "
            "des LED plus efficaces, l’optimisation des recettes lumineuses grâce à l’analyse de "
            "données, l’automatisation des semis et des récoltes, ou encore la récupération de "
            "chaleur fatale auprès de bâtiments voisins. Certains diversifient leurs revenus en "
            "vendant leur technologie à d’autres exploitants.</p>"
            "<p>Les investisseurs, eux, restent partagés. Si l’agriculture urbaine répond à une "
            "demande réelle de proximité et de traçabilité, son impact sur l’alimentation reste "
            "marginal à ce stade, limité à quelques catégories de produits. Pour Claire Vigneron, "
            "analyste dans un fonds spécialisé dans l’alimentation durable, « les fermes "
            "verticales ne remplaceront pas l’agriculture traditionnelle, mais elles peuvent "
            "trouver une place durable si elles prouvent leur rentabilité à grande échelle ».</p>"
        ),
        "primary_category": "economie",
        "categories": ["startups"],
        "tags": ["Agritech", "Startups", "Investissement"],
        "authors": ["jeanne-dussueil", "claire-vasseur"],
        "published_at": "+3",  # scheduled: three days after the demo is loaded, at 08:00
        "status": "published",
        "photo": {
            "caption": (
                "Dans les fermes verticales, les plantes poussent hors sol sous des lampes LED."
            ),
            "alt_text": (
                "Des rangées d’étagères superposées où poussent de jeunes plants verts, éclairées "
                "par des lampes LED roses et violettes."
            ),
            "credit": "Shutterstock",
            "source": "",
            "color": "#80b918",
        },
        "related": [
            (
                "satellites-la-start-up-toulousaine-orbivia-veut-surveiller-les-cultures-depuis-lespace"
            ),
        ],
    },
    {
        "slug": (
            "tunisie-deux-ans-apres-le-startup-act-les-jeunes-pousses-veulent-passer-a-la-vitesse-superieure"
        ),
        "title": (
            "Tunisie : deux ans après le Startup Act, les jeunes pousses veulent passer à la "
            "vitesse supérieure"
        ),
        "standfirst": (
            "Adopté en 2018, le Startup Act a fait de la Tunisie un pionnier africain de la "
            "législation en faveur des jeunes entreprises innovantes. Deux ans plus tard, les "
            "fondateurs saluent les avancées mais réclament un meilleur accès au financement."
        ),
        "body": (
            "<p>En avril 2018, la Tunisie adoptait une loi inédite sur le continent : le Startup "
            "Act, un texte entièrement consacré aux jeunes entreprises innovantes. Élaboré en "
            "concertation avec les entrepreneurs eux-mêmes, il devait donner au pays un avantage "
            "dans la compétition pour attirer et retenir les talents du numérique. Deux ans plus "
            "tard, plusieurs centaines d’entreprises ont obtenu le label start-up, et le modèle "
            "tunisien inspire d’autres pays africains.</p>"
            "<h2>Des avantages concrets</h2>"
            "<p>Le label donne accès à une série de mesures destinées à lever les freins à la "
            "création d’entreprise :</p>"
            "<ul><li>un congé permettant aux salariés et aux fonctionnaires de créer leur start-up "
            "tout en conservant la possibilité de retrouver leur poste ;</li>"
            "<li>une bourse versée aux fondateurs pendant la première année ;</li>"
            "<li>la prise en charge des cotisations sociales et des exonérations fiscales ;</li>"
            "<li>la possibilité d’ouvrir des comptes en devises, afin de faciliter les échanges "
            "avec l’étranger.</li>"
            "</ul>"
            "<p>« Le compte en devises a tout changé pour nous. Avant, payer un serveur à "
            "l’étranger ou encaisser un client européen relevait du parcours du combattant », "
            "témoigne Mehdi Trabelsi, cofondateur d’un éditeur de logiciels de gestion installé à "
            "Sfax. Le dispositif a aussi envoyé un signal fort à la diaspora, dont une partie est "
            "revenue entreprendre au pays.</p>"
            "<h2>Le financement, chaînon manquant</h2>"
            "<p>Les entrepreneurs pointent cependant plusieurs limites. La mise en œuvre "
            "administrative de certaines mesures reste lente, et l’accès au financement demeure le "
            "principal obstacle. Le capital-risque local est peu développé, et les investisseurs "
            "étrangers restent prudents face au contexte économique du pays. Beaucoup de start-up "
            "prometteuses finissent par s’installer à l’étranger pour lever des fonds plus "
            "importants.</p>"
            "<p>La crise sanitaire a ajouté une difficulté supplémentaire, en fragilisant la "
            "trésorerie de nombreuses jeunes pousses. Elle a toutefois aussi fait émerger des "
            "projets dans la santé numérique, le commerce en ligne ou l’éducation à distance, "
            "portés par l’accélération des usages.</p>"
            "<p>Pour les acteurs de l’écosystème, l’enjeu est désormais de consolider les acquis. "
            "« Le Startup Act a posé les bases. Il faut maintenant le faire vivre, simplifier "
            "encore les procédures et mobiliser l’épargne locale vers l’innovation », plaide Mehdi "
            "Trabelsi. Un défi qui concerne aussi les voisins de la Tunisie, dont plusieurs "
            "travaillent à leurs propres textes inspirés de l’expérience tunisienne.</p>"
        ),
        "primary_category": "afrique",
        "categories": ["actualite"],
        "tags": ["Tunisie", "Startups", "Régulation", "Afrique"],
        "authors": ["jeanne-dussueil"],
        "published_at": None,
        "status": "review",
        "photo": {
            "caption": (
                "Le label start-up tunisien a été attribué à plusieurs centaines d’entreprises."
            ),
            "alt_text": (
                "Vue d’un espace de travail partagé à Tunis, où de jeunes entrepreneurs échangent "
                "autour d’une table haute."
            ),
            "credit": "DR",
            "source": "",
            "color": "#c1121f",
        },
        "related": [
            "a-alger-une-nouvelle-generation-dentrepreneurs-veut-dessiner-une-autre-algerie",
            "cote-divoire-a-abidjan-les-incubateurs-se-multiplient-et-se-specialisent",
        ],
    },
    {
        "slug": (
            "assurtech-la-jeune-pousse-marseillaise-couvrir-veut-simplifier-lassurance-des-freelances"
        ),
        "title": (
            "Assurtech : la jeune pousse marseillaise Couvrir veut simplifier l’assurance des "
            "freelances"
        ),
        "standfirst": (
            "Responsabilité civile professionnelle, prévoyance, perte d’activité : les "
            "indépendants sont souvent mal assurés. La start-up marseillaise Couvrir propose des "
            "contrats souscrits en quelques minutes et lève 1,8 million d’euros pour se "
            "développer."
        ),
        "body": (
            "<p>Pour beaucoup de travailleurs indépendants, l’assurance reste un angle mort. Par "
            "manque de temps, méconnaissance ou crainte du coût, nombre d’entre eux exercent sans "
            "responsabilité civile professionnelle ni protection en cas d’arrêt de travail. La "
            "crise sanitaire a brutalement révélé cette fragilité, en privant de revenus des "
            "milliers de freelances du jour au lendemain.</p>"
            "<p>C’est ce constat qui a poussé Clémence Arnaud et Rémi Castelli à créer Couvrir, en "
            "2019, à Marseille. Leur start-up, inscrite comme intermédiaire en assurance, annonce "
            "une levée de fonds d’amorçage de 1,8 million d’euros auprès de Calanques Innovation "
            "et d’un groupe de business angels issus du secteur de l’assurance.</p>"
            "<h2>Des contrats en quelques minutes</h2>"
            "<p>La plateforme permet de souscrire en ligne, en quelques minutes, des contrats "
            "adaptés à chaque métier : développeur, graphiste, consultant, formateur ou "
            "photographe. Les garanties sont conçues avec des assureurs partenaires et présentées "
            "dans un langage simple, sans jargon. Le tarif est mensuel et sans engagement de "
            "durée, un point important pour des professionnels dont l’activité fluctue.</p>"
            "<p>« Les contrats traditionnels sont pensés pour des entreprises installées, avec des "
            "grilles tarifaires et des questionnaires qui découragent les indépendants. Nous avons "
            "voulu un parcours aussi simple qu’un abonnement à un service de musique », explique "
            "Clémence Arnaud. La start-up revendique 4 000 clients, principalement dans les "
            "métiers du numérique et du conseil.</p>"
            "<h2>La perte d’activité, nouveau chantier</h2>"
            "<p>Les débats du printemps sur la prise en charge des pertes d’exploitation liées à "
            "la pandémie ont mis en lumière les limites des contrats existants, qui excluent le "
            "plus souvent ce type de risque. Couvrir travaille avec ses partenaires sur une offre "
            "de protection du revenu en cas de baisse brutale d’activité, un produit complexe à "
            "construire pour les assureurs.</p>"
            "<p>Les fonds levés serviront à étoffer l’équipe, qui compte aujourd’hui huit "
            "personnes, et à développer des partenariats avec des plateformes de mise en relation "
            "entre entreprises et freelances. « Nous voulons proposer l’assurance au moment où "
            "l’indépendant signe sa première mission, pas des mois plus tard, quand un problème "
            "survient », résume Rémi Castelli. Le marché, encore peu concurrentiel, attire "
            "néanmoins l’attention des grands assureurs, qui multiplient les offres dédiées aux "
            "indépendants.</p>"
        ),
        "primary_category": "startups",
        "categories": [],
        "tags": ["Insurtech", "Freelances", "Startups", "Levée de fonds"],
        "authors": ["antoine-berthier"],
        "published_at": "2020-09-16 09:00",
        "status": "published",
        "photo": None,
        "related": [
            "fintech-la-neobanque-kalia-seduit-les-independants-et-leve-7-millions-deuros",
        ],
    },
    {
        "slug": "robotique-les-cobots-gagnent-les-ateliers-des-pme-francaises",
        "title": "Robotique : les cobots gagnent les ateliers des PME françaises",
        "standfirst": (
            "Moins chers, plus simples à programmer et conçus pour travailler aux côtés des "
            "opérateurs, les robots collaboratifs séduisent un nombre croissant de PME "
            "industrielles. Une occasion de combler le retard de la France en matière "
            "d’automatisation."
        ),
        "body": (
            "<p>Dans l’atelier des Décolletages Bouvier, en Haute-Savoie, un bras robotisé charge "
            "et décharge des pièces sur une machine-outil, à quelques centimètres d’un opérateur "
            "qui contrôle la production. Aucune cage de protection ne les sépare : le robot "
            "ralentit, puis s’arrête, dès qu’il détecte une présence trop proche. Installé au "
            "printemps, ce « cobot » a permis à la PME de 45 salariés de faire tourner ses "
            "machines en continu sans alourdir les tâches répétitives de ses équipes.</p>"
            "<p>Les robots collaboratifs, ou cobots, connaissent un succès grandissant dans les "
            "petites et moyennes entreprises. Contrairement aux robots industriels classiques, ils "
            "sont légers, rapides à installer et peuvent être programmés par démonstration, sans "
            "compétences avancées en informatique. Leur prix, de quelques dizaines de milliers "
            "d’euros, les rend accessibles à des entreprises qui n’auraient jamais envisagé de "
            "s’automatiser.</p>"
            "<h2>Un retard à combler</h2>"
            "<p>La France accuse un retard notable en matière de robotisation par rapport à "
            "l’Allemagne ou à l’Italie, selon les statistiques de la Fédération internationale de "
            "robotique. Ce déficit est souvent présenté comme l’une des causes de la perte de "
            "compétitivité de l’industrie française au cours des dernières décennies.</p>"
            "<p>« Beaucoup de dirigeants de PME pensaient que les robots étaient réservés à "
            "l’automobile. Les cobots ont changé la perception : on les installe sur une tâche "
            "précise, on mesure le gain, puis on en ajoute un autre », observe Stéphane Girard, "
            "intégrateur de solutions robotiques en Auvergne-Rhône-Alpes. Les usages les plus "
            "répandus concernent le chargement de machines, le conditionnement, la palettisation, "
            "le vissage ou le contrôle qualité.</p>"
            "<h2>Un coup de pouce du plan de relance</h2>"
            "<p>Le plan de relance présenté le 3 septembre par le gouvernement prévoit un soutien "
            "à la modernisation de l’outil de production des PME et ETI industrielles, qui "
            "pourrait accélérer le mouvement. Les intégrateurs constatent déjà un regain des "
            "demandes de devis, après un printemps marqué par le gel des investissements.</p>"
            "<p>Reste la question de l’emploi, toujours sensible. Les entreprises qui se sont "
            "équipées soulignent que les cobots prennent en charge les tâches pénibles et "
            "répétitives, et permettent de réaffecter les salariés à des missions de réglage, de "
            "contrôle ou de maintenance. Encore faut-il accompagner ces évolutions par la "
            "formation. « Le robot ne remplace pas mon opérateur, il lui évite de porter des "
            "pièces toute la journée. Mais il a fallu le former, et l’associer dès le début au "
            "projet », insiste le dirigeant des Décolletages Bouvier.</p>"
        ),
        "primary_category": "tech",
        "categories": ["economie"],
        "tags": ["Robotique", "Industrie", "PME"],
        "authors": ["marc-delorme"],
        "published_at": "2020-09-11 10:00",
        "status": "published",
        "photo": {
            "caption": (
                "Les robots collaboratifs travaillent au contact des opérateurs, sans cage de "
                "protection."
            ),
            "alt_text": (
                "Un bras robotisé gris saisit une pièce métallique sur un établi, à côté d’un "
                "opérateur en tenue de travail."
            ),
            "credit": "Shutterstock",
            "source": "",
            "color": "#ee6c4d",
        },
        "related": [
            (
                "la-start-up-lyonnaise-tessela-leve-12-millions-deuros-pour-predire-les-pannes-industrielles"
            ),
            "plan-de-relance-le-numerique-grand-gagnant-des-100-milliards-deuros",
        ],
    },
    {
        "slug": "plan-de-relance-le-numerique-grand-gagnant-des-100-milliards-deuros",
        "title": "Plan de relance : le numérique, grand gagnant des 100 milliards d’euros ?",
        "standfirst": (
            "Présenté le 3 septembre par le gouvernement, le plan France Relance consacre une part "
            "significative de ses crédits à la transformation numérique. Start-up, PME et "
            "collectivités se demandent désormais comment en bénéficier concrètement."
        ),
        "body": (
            "<p>Cent milliards d’euros sur deux ans pour relancer une économie frappée de plein "
            "fouet par la crise sanitaire. Présenté le 3 septembre par le Premier ministre, Jean "
            "Castex, le plan France Relance s’articule autour de trois priorités : la transition "
            "écologique, la compétitivité des entreprises et la cohésion sociale et territoriale. "
            "Le numérique n’y fait pas l’objet d’un chapitre à part, mais il irrigue l’ensemble du "
            "dispositif.</p>"
            "<h2>Des mesures dispersées mais nombreuses</h2>"
            "<p>Plusieurs volets concernent directement l’économie numérique :</p>"
            "<ul><li>un quatrième programme d’investissements d’avenir, doté de 20 milliards "
            "d’euros sur cinq ans, dont une partie est intégrée au plan de relance, pour financer "
            "l’innovation et les technologies stratégiques ;</li>"
            "<li>des aides à la numérisation des TPE et PME et à la modernisation de l’outil "
            "industriel ;</li>"
            "<li>des crédits pour accélérer la transformation numérique de l’État et des "
            "collectivités ;</li>"
            "<li>le renforcement de la cybersécurité des administrations et des établissements "
            "publics ;</li>"
            "<li>des moyens supplémentaires pour l’inclusion numérique et la couverture en très "
            "haut débit.</li>"
            "</ul>"
            "<p>La baisse des impôts de production, de 10 milliards d’euros par an, constitue par "
            "ailleurs l’une des mesures phares du volet compétitivité. Elle bénéficiera "
            "principalement aux entreprises industrielles, mais aussi à certains acteurs du "
            "numérique.</p>"
            "<h2>Les start-up dans l’expectative</h2>"
            "<p>Du côté des jeunes pousses, l’accueil est plutôt positif, même si beaucoup "
            "attendent de voir comment les enveloppes seront déclinées. Les start-up ont déjà "
            "bénéficié au printemps d’un plan de soutien spécifique, avec des prêts garantis par "
            "l’État et un accompagnement de Bpifrance. « Le plan envoie un bon signal sur les "
            "technologies stratégiques. Mais pour une start-up, l’essentiel, ce sont des clients : "
            "la commande publique doit s’ouvrir davantage à l’innovation », estime le dirigeant "
            "d’une jeune pousse parisienne spécialisée dans l’analyse de données.</p>"
            "<p>Les représentants des entreprises du numérique soulignent aussi l’enjeu de la "
            "formation. La transformation numérique des PME se heurte souvent moins au manque de "
            "financements qu’au manque de compétences en interne pour conduire les projets.</p>"
            "<p>Le calendrier sera déterminant : une grande partie des crédits doit être engagée "
            "d’ici à la fin de 2022, ce qui suppose des appels à projets rapides et des procédures "
            "simplifiées. Pour les acteurs du secteur, le véritable test sera la capacité des "
            "entreprises, et notamment des plus petites, à se saisir de ces dispositifs.</p>"
        ),
        "primary_category": "economie",
        "categories": ["a-la-une", "actualite"],
        "tags": ["Plan de relance", "French Tech", "Économie numérique", "Politique publique"],
        "authors": ["marc-delorme", "claire-vasseur"],
        "published_at": "2020-09-07 08:30",
        "status": "published",
        "photo": {
            "caption": "Le plan France Relance a été présenté le 3 septembre par le gouvernement.",
            "alt_text": (
                "Vue de la cour d’honneur de l’hôtel de Matignon, résidence du Premier ministre, à "
                "Paris."
            ),
            "credit": "Shutterstock",
            "source": "",
            "color": "#002395",
        },
        "related": [
            "french-tech-120-ce-que-laccompagnement-de-letat-change-pour-les-scale-up",
            "robotique-les-cobots-gagnent-les-ateliers-des-pme-francaises",
        ],
    },
    {
        "slug": "quantique-la-france-peut-elle-encore-rattraper-son-retard",
        "title": "Quantique : la France peut-elle encore rattraper son retard ?",
        "standfirst": (
            "Face aux investissements massifs des États-Unis et de la Chine, la France veut se "
            "positionner dans la course aux technologies quantiques. Laboratoires de pointe, "
            "start-up prometteuses : le pays ne manque pas d’atouts, mais les moyens restent à la "
            "traîne."
        ),
        "body": (
            "<p>L’annonce avait fait l’effet d’un coup de tonnerre dans le monde de la recherche. "
            "En octobre 2019, Google affirmait avoir atteint la « suprématie quantique » : son "
            "processeur expérimental aurait réalisé en quelques minutes un calcul qui aurait "
            "demandé des milliers d’années au plus puissant des supercalculateurs classiques. Le "
            "résultat, contesté par certains concurrents, a néanmoins marqué une étape symbolique "
            "dans une course mondiale où les États-Unis et la Chine investissent des "
            "milliards.</p>"
            "<p>La France, elle, dispose d’atouts réels. Ses laboratoires figurent parmi les "
            "meilleurs au monde en physique quantique, et plusieurs jeunes pousses issues de la "
            "recherche publique, comme Pasqal ou Quandela, développent leurs propres technologies "
            "de calcul ou de composants. En janvier, un rapport parlementaire appelait à faire du "
            "quantique une priorité nationale et à mobiliser des moyens à la hauteur de "
            "l’enjeu.</p>"
            "<h2>Des applications encore lointaines</h2>"
            "<p>Les promesses sont considérables : simulation de molécules pour la chimie et la "
            "pharmacie, optimisation logistique, nouveaux matériaux, mais aussi menace pour les "
            "systèmes de chiffrement actuels, qui pourraient un jour être cassés par des machines "
            "suffisamment puissantes. Les spécialistes préviennent toutefois que les applications "
            "à grande échelle restent lointaines, et que de nombreux verrous scientifiques doivent "
            "encore être levés.</p>"
            "<p><em>[À compléter : interview d’un chercheur du CNRS sur l’état de l’art, réaction "
            "de deux fondateurs de start-up sur l’accès au financement, comparaison chiffrée des "
            "budgets publics français, allemand et américain.]</em></p>"
            "<h2>La question des moyens</h2>"
            "<p>Reste l’essentiel : les financements. Les chercheurs comme les entrepreneurs "
            "soulignent l’écart entre les ambitions affichées et les budgets disponibles, ainsi "
            "que la difficulté à retenir les meilleurs talents, courtisés par les géants "
            "américains. Les start-up, elles, peinent à trouver en France les tours de table de "
            "plusieurs dizaines de millions d’euros nécessaires pour construire des machines. Le "
            "gouvernement a laissé entendre qu’une stratégie nationale pourrait être présentée "
            "prochainement.</p>"
            "<p><em>[À compléter : conclusion après confirmation du calendrier de la stratégie "
            "nationale.]</em></p>"
        ),
        "primary_category": "tech",
        "categories": [],
        "tags": ["Informatique quantique", "Recherche", "Startups"],
        "authors": ["antoine-berthier"],
        "published_at": None,
        "status": "draft",
        "photo": None,
        "related": [],
    },
]

PAGES = [
    {
        "slug": "a-propos",
        "title": "À propos",
        "position": 1,
        "body": (
            "<p>Newsroom est un média indépendant consacré à la tech, aux start-up et à "
            "l’économie numérique, en France, en Europe et en Afrique. La rédaction publie "
            "chaque jour des actualités, des enquêtes et des entretiens.</p>"
            "<h2>Notre engagement</h2>"
            "<p>Nos articles sont signés, datés et sourcés. Les contenus réalisés avec un "
            "partenaire sont toujours signalés comme tels. Les corrections sont indiquées à la "
            "fin des articles concernés.</p>"
        ),
    },
    {
        "slug": "mentions-legales",
        "title": "Mentions légales",
        "position": 2,
        "body": (
            "<h2>Éditeur</h2>"
            "<p>Le site est édité par Newsroom Médias SAS, société par actions simplifiée au "
            "capital de 10 000 euros, 12 rue de l’Exemple, 75011 Paris. Directrice de la "
            "publication : Claire Vasseur.</p>"
            "<h2>Hébergement</h2>"
            "<p>Le site est hébergé dans l’Union européenne par un prestataire d’hébergement "
            "professionnel, dont les coordonnées sont communiquées sur simple demande.</p>"
            "<h2>Propriété intellectuelle</h2>"
            "<p>Les articles, photos et illustrations publiés sur le site sont protégés par le "
            "droit d’auteur. Toute reproduction sans autorisation est interdite, sauf courte "
            "citation accompagnée d’un lien vers l’article.</p>"
        ),
    },
    {
        "slug": "confidentialite",
        "title": "Confidentialité",
        "position": 3,
        "body": (
            "<p>La lecture du site ne dépose aucun cookie de suivi et ne fait appel à aucun "
            "service tiers : ni publicité programmatique, ni outil de mesure d’audience "
            "extérieur, ni police de caractères distante.</p>"
            "<h2>Données collectées</h2>"
            "<p>Les seules données personnelles traitées sont celles que vous nous confiez "
            "volontairement, par exemple en nous écrivant ou en remplissant le formulaire "
            "« Devenez partenaire ». Elles servent uniquement à vous répondre et ne sont "
            "jamais cédées.</p>"
            "<h2>Vos droits</h2>"
            "<p>Vous pouvez demander l’accès, la rectification ou l’effacement de vos données "
            'en écrivant à <a href="mailto:dpo@newsroom.example">dpo@newsroom.example</a>.</p>'
        ),
    },
    {
        "slug": "contact",
        "title": "Contact",
        "position": 4,
        "body": (
            "<p>Une information, une correction, un témoignage ? Écrivez à la rédaction : "
            '<a href="mailto:redaction@newsroom.example">redaction@newsroom.example</a>.</p>'
            "<p>Pour les partenariats et la publicité : "
            '<a href="mailto:partenariats@newsroom.example">partenariats@newsroom.example</a>.'
            "</p>"
        ),
    },
]

# One account per newsroom role, created by load_demo with a password printed once.
