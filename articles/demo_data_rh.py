"""Demo content of the Journal des RH, the human-resources and work title of the newsroom,
sister of FrenchWeb: same shapes as ``articles/demo_data.py`` (see its docstring), other slugs.
Companies and people quoted are fictional, unless they are public institutions such as France
Travail, the Dares, the Cour de cassation or the Code du travail."""

PUBLICATION = {
    "name": "Journal des RH",
    "slug": "journaldesrh",
    "tagline": "L’actualité des ressources humaines et du travail",
    "accent_colour": "#1D4ED8",
    "google_news_name": "Journal des RH",
    "x_account": "@journaldesrh",
    "linkedin_url": "https://www.linkedin.com/company/journal-des-rh",
    "partner_call": "Pour communiquer sur FrenchWeb ou le Journal des RH, devenez partenaire",
}

CATEGORIES = [
    {
        "slug": "une-rh",
        "name": "À la une",
        "parent": None,
        "position": 1,
        "is_in_navigation": True,
        "is_lead": True,
        "description": (
            "Les articles que la rédaction du Journal des RH met en avant sur sa page d’accueil."
        ),
    },
    {
        "slug": "recrutement",
        "name": "Recrutement",
        "parent": None,
        "position": 2,
        "is_in_navigation": True,
        "is_lead": False,
        "description": (
            "Pénuries de compétences, nouveaux outils et pratiques d’embauche : tout ce qui change "
            "dans la façon de recruter."
        ),
    },
    {
        "slug": "management",
        "name": "Management",
        "parent": None,
        "position": 3,
        "is_in_navigation": True,
        "is_lead": False,
        "description": (
            "Organisation du travail, qualité de vie au travail et pratiques managériales, "
            "racontées par ceux qui les mettent en œuvre."
        ),
    },
    {
        "slug": "droit-du-travail",
        "name": "Droit du travail",
        "parent": None,
        "position": 4,
        "is_in_navigation": True,
        "is_lead": False,
        "description": (
            "Jurisprudence, réformes et obligations des employeurs, décryptées par nos juristes en "
            "droit social."
        ),
    },
    {
        "slug": "formation",
        "name": "Formation",
        "parent": None,
        "position": 5,
        "is_in_navigation": True,
        "is_lead": False,
        "description": (
            "Compte personnel de formation, apprentissage et développement des compétences tout au "
            "long de la vie professionnelle."
        ),
    },
    {
        "slug": "remuneration",
        "name": "Rémunération",
        "parent": None,
        "position": 6,
        "is_in_navigation": True,
        "is_lead": False,
        "description": (
            "Salaires, négociations annuelles, égalité salariale et avantages sociaux : les enjeux "
            "de la politique de rémunération."
        ),
    },
]

AUTHORS = [
    {
        "slug": "claire-rousset",
        "name": "Claire Rousset",
        "role": "Journaliste RH",
        "username": None,
        "bio": (
            "Claire Rousset couvre le recrutement, le management et la qualité de vie au travail. "
            "Avant de rejoindre le Journal des RH, elle a passé dix ans dans la presse "
            "professionnelle, au contact des DRH de PME comme de grands groupes."
        ),
    },
    {
        "slug": "thomas-beranger",
        "name": "Thomas Béranger",
        "role": "Juriste en droit social, chroniqueur",
        "username": None,
        "bio": (
            "Thomas Béranger est juriste en droit social. Chaque semaine, il décrypte pour le "
            "Journal des RH un arrêt, une réforme ou une obligation nouvelle, et ce qu’ils "
            "changent concrètement pour les employeurs et les salariés."
        ),
    },
]

ARTICLES = [
    {
        "slug": (
            "teletravail-en-plein-reconfinement-les-entreprises-remettent-leurs-accords-sur-la-table"
        ),
        "title": (
            "Télétravail : en plein reconfinement, les entreprises remettent leurs accords sur la "
            "table"
        ),
        "standfirst": (
            "Alors que les partenaires sociaux ont ouvert début novembre une négociation nationale "
            "interprofessionnelle sur le télétravail, de nombreuses entreprises n’ont pas attendu "
            "pour renégocier leurs propres accords. Frais, déconnexion, retour sur site : les "
            "sujets ne manquent pas."
        ),
        "body": (
            "<p>Depuis le 30 octobre, le télétravail est redevenu la règle pour toutes les "
            "activités qui le permettent. Huit mois après le premier confinement, les entreprises "
            "abordent pourtant cette nouvelle période dans un tout autre état d’esprit : beaucoup "
            "ont compris que le travail à distance ne serait pas une parenthèse, et veulent "
            "désormais l’encadrer durablement.</p>"
            "<p>Au siège lyonnais de Vendôme Assurances, une mutuelle de 800 salariés, la "
            "direction et les syndicats ont rouvert en septembre l’accord signé en 2018, qui "
            "prévoyait un jour de télétravail par semaine. « Ce texte a été pulvérisé par la "
            "crise. On ne pouvait pas revenir en arrière comme si de rien n’était », résume Nadia "
            "Ferrand, sa directrice des ressources humaines.</p>"
            "<h2>Ce que les accords doivent prévoir</h2>"
            "<p>Le Code du travail laisse une large place à la négociation. L’accord collectif ou, "
            "à défaut, la charte élaborée par l’employeur après avis du comité social et "
            "économique précise notamment :</p>"
            "<ul><li>les conditions de passage en télétravail et de retour à une exécution du "
            "contrat sans télétravail ;</li>"
            "<li>les modalités d’acceptation par le salarié des conditions de mise en œuvre du "
            "télétravail ;</li>"
            "<li>les modalités de contrôle du temps de travail ou de régulation de la charge de "
            "travail ;</li>"
            "<li>les plages horaires durant lesquelles l’employeur peut habituellement contacter "
            "le salarié.</li></ul>"
            "<p>Sur le terrain, c’est pourtant la question des frais qui cristallise les "
            "discussions. Écran, fauteuil, connexion internet, chauffage : les salariés réclament "
            "une participation, que les directions financières regardent avec prudence. Chez "
            "Vendôme Assurances, le compromis en cours de discussion prévoit une allocation "
            "forfaitaire mensuelle et un budget d’équipement, dont les montants restent à arrêter. "
            "Les règles applicables sont rappelées sur le site du <a "
            'href="https://travail-emploi.gouv.fr/">ministère du Travail</a>.</p>'
            "<h2>La crainte d’un collectif qui se délite</h2>"
            "<p>Au-delà des questions matérielles, les DRH s’inquiètent de l’usure des équipes. "
            "« Le télétravail à temps plein fonctionne pour produire, beaucoup moins pour créer du "
            "lien, former les nouveaux ou faire émerger des idées », observe Nadia Ferrand. "
            "Plusieurs entreprises réfléchissent déjà à l’après : des jours de présence communs "
            "par équipe, des locaux repensés pour la collaboration plutôt que pour le travail "
            "individuel. La négociation interprofessionnelle devrait fixer un cadre commun, sans "
            "pour autant trancher à la place des entreprises.</p>"
        ),
        "primary_category": "management",
        "categories": ["une-rh", "droit-du-travail"],
        "tags": ["Télétravail", "Dialogue social", "Covid-19"],
        "authors": ["claire-rousset"],
        "published_at": "2020-11-10 16:30",
        "status": "published",
        "photo": {
            "caption": (
                "Depuis le 30 octobre, le télétravail est redevenu la règle pour les activités qui "
                "le permettent."
            ),
            "alt_text": (
                "Une femme travaille sur un ordinateur portable posé sur la table de sa cuisine, "
                "un casque audio autour du cou."
            ),
            "credit": "Shutterstock",
            "source": "",
            "color": "#2e4a6b",
        },
        "related": [
            "droit-a-la-deconnexion-ce-que-dit-la-cour-de-cassation-du-salarie-injoignable",
            "onboarding-comment-integrer-un-nouveau-salarie-quand-toute-lequipe-est-a-distance",
        ],
    },
    {
        "slug": "droit-a-la-deconnexion-ce-que-dit-la-cour-de-cassation-du-salarie-injoignable",
        "title": "Droit à la déconnexion : ce que dit la Cour de cassation du salarié injoignable",
        "standfirst": (
            "Avec le reconfinement, la frontière entre vie professionnelle et vie personnelle "
            "s’efface à nouveau. La jurisprudence de la Cour de cassation rappelle pourtant qu’un "
            "salarié ne peut être sanctionné pour ne pas avoir répondu en dehors de ses horaires."
        ),
        "body": (
            "<p><em>Chaque semaine, Thomas Béranger, juriste en droit social, décrypte une "
            "question de droit du travail.</em></p>"
            "<p>Le droit à la déconnexion passe souvent pour une invention récente. Il est entré "
            "dans le Code du travail avec la loi du 8 août 2016, dite loi Travail, qui en a fait "
            "depuis le 1er janvier 2017 l’un des thèmes de la négociation sur l’égalité "
            "professionnelle et la qualité de vie au travail. Mais la chambre sociale de la Cour "
            "de cassation n’avait pas attendu le législateur pour protéger le temps de repos des "
            "salariés.</p>"
            "<h2>Un arrêt fondateur</h2>"
            "<p>Dans un arrêt du 17 février 2004, elle a jugé que le fait, pour un salarié, de "
            "n’avoir pu être joint en dehors de ses horaires de travail sur son téléphone portable "
            "personnel était dépourvu de caractère fautif. L’employeur ne pouvait donc pas en "
            "faire le motif d’un licenciement pour faute grave. Le principe est simple : en dehors "
            "du temps de travail, le salarié n’est pas à la disposition de son employeur.</p>"
            "<p>Cette solution garde toute sa force à l’heure du télétravail généralisé. Un "
            "courriel envoyé à 22 heures n’appelle pas de réponse avant le lendemain, et l’absence "
            "de réaction à un appel un dimanche ne peut justifier une sanction, sauf si le salarié "
            "est d’astreinte, un régime qui doit alors être organisé et compensé.</p>"
            "<h2>Ce que les employeurs doivent faire</h2>"
            "<p>Dans les entreprises où la négociation annuelle est obligatoire, les modalités du "
            "droit à la déconnexion doivent être discutées avec les délégués syndicaux. À défaut "
            "d’accord, l’employeur élabore une charte, après avis du comité social et économique, "
            "qui définit ces modalités et prévoit des actions de formation et de sensibilisation à "
            "un usage raisonnable des outils numériques. Les textes sont consultables sur <a "
            'href="https://www.legifrance.gouv.fr/">Légifrance</a>.</p>'
            "<blockquote><p>« Une charte ne vaut que si elle est appliquée. Si les managers "
            "continuent d’écrire le soir en attendant une réponse, le droit à la déconnexion reste "
            "lettre morte. »</p></blockquote>"
            "<p>Hélène Marchal, avocate en droit social qui accompagne des PME dans la rédaction "
            "de leurs chartes, le rappelle volontiers : la déconnexion rejoint l’obligation de "
            "sécurité de l’employeur. Laisser s’installer une connexion permanente, c’est prendre "
            "le risque d’un épuisement professionnel dont l’entreprise pourrait avoir à "
            "répondre.</p>"
        ),
        "primary_category": "droit-du-travail",
        "categories": ["une-rh", "management"],
        "tags": ["Droit à la déconnexion", "Télétravail", "Jurisprudence"],
        "authors": ["thomas-beranger"],
        "published_at": "2020-11-09 09:15",
        "status": "published",
        "photo": None,
        "related": [
            (
                "teletravail-en-plein-reconfinement-les-entreprises-remettent-leurs-accords-sur-la-table"
            ),
            "burn-out-avec-le-reconfinement-les-entreprises-renforcent-leur-vigilance",
        ],
    },
    {
        "slug": "recrutement-lintelligence-artificielle-sinvite-dans-le-tri-des-candidatures",
        "title": "Recrutement : l’intelligence artificielle s’invite dans le tri des candidatures",
        "standfirst": (
            "Tri des CV, assistants conversationnels, planification automatique des entretiens : "
            "les outils d’intelligence artificielle se multiplient chez les recruteurs. Une "
            "promesse de gain de temps qui soulève des questions de biais et de transparence."
        ),
        "body": (
            "<p>À Nantes, la jeune pousse Talento a fait de la présélection automatisée son fonds "
            "de commerce. Son logiciel compare les candidatures reçues aux compétences attendues "
            "pour un poste et propose au recruteur une liste restreinte de profils. « Sur certains "
            "postes, nos clients reçoivent plusieurs centaines de candidatures en quelques jours. "
            "Personne ne peut toutes les lire avec attention », défend sa cofondatrice, Inès "
            "Morvan.</p>"
            "<p>Talento n’est pas un cas isolé. Start-up comme éditeurs historiques de logiciels "
            "RH intègrent désormais des briques d’intelligence artificielle à leurs offres : "
            "analyse sémantique des CV, assistants conversationnels qui répondent aux candidats à "
            "toute heure, prise de rendez-vous automatique. La crise sanitaire, en accélérant la "
            "dématérialisation des processus, a encore aiguisé l’intérêt des entreprises.</p>"
            "<h2>Le risque de reproduire les biais</h2>"
            "<p>Ces outils ne font pourtant pas l’unanimité. Un algorithme entraîné sur les "
            "recrutements passés d’une entreprise risque d’en reproduire les préférences, y "
            "compris les moins avouables. Le Code du travail interdit d’écarter un candidat pour "
            "l’un des motifs discriminatoires qu’il énumère, et un employeur ne peut se retrancher "
            "derrière son logiciel pour échapper à sa responsabilité. Le RGPD encadre par ailleurs "
            "les décisions fondées exclusivement sur un traitement automatisé. Pour les juristes, "
            "quelques précautions s’imposent :</p>"
            "<ul><li>informer les candidats des méthodes et techniques d’aide au recrutement "
            "utilisées ;</li>"
            "<li>s’assurer que ces méthodes sont pertinentes au regard de la finalité poursuivie "
            ";</li>"
            "<li>garder une intervention humaine dans la décision finale.</li></ul>"
            "<h2>L’humain garde la main</h2>"
            "<p>Chez les utilisateurs, le discours se veut rassurant. « L’outil nous aide à ne pas "
            "passer à côté d’un bon profil, mais c’est toujours un recruteur qui décide de qui il "
            "rencontre », assure Julien Keller, responsable du recrutement d’un groupe de services "
            "informatiques qui a testé plusieurs solutions cette année. Reste à en convaincre les "
            "candidats, dont beaucoup ignorent encore qu’une machine a lu leur CV avant un "
            "humain…</p>"
        ),
        "primary_category": "recrutement",
        "categories": ["une-rh"],
        "tags": ["Intelligence artificielle", "Recrutement", "Startups", "HR tech"],
        "authors": ["claire-rousset", "jeanne-dussueil"],
        "published_at": "2020-11-06 11:00",
        "status": "published",
        "photo": {
            "caption": (
                "Des outils d’intelligence artificielle trient désormais les candidatures avant "
                "les recruteurs."
            ),
            "alt_text": (
                "Une recruteuse prend des notes devant un écran d’ordinateur qui affiche une liste "
                "de profils de candidats classés."
            ),
            "credit": "Shutterstock",
            "source": "",
            "color": "#3b2f5c",
        },
        "related": [
            "developpeurs-data-cybersecurite-la-penurie-de-talents-tech-resiste-a-la-crise",
        ],
    },
    {
        "slug": "burn-out-avec-le-reconfinement-les-entreprises-renforcent-leur-vigilance",
        "title": "Burn-out : avec le reconfinement, les entreprises renforcent leur vigilance",
        "standfirst": (
            "Isolement, surcharge, frontière floue entre vie professionnelle et vie personnelle : "
            "le second confinement ravive le risque d’épuisement professionnel. Les DRH "
            "multiplient les dispositifs de prévention, avec des résultats inégaux."
        ),
        "body": (
            "<p>Au printemps, l’urgence était d’assurer la continuité de l’activité. À l’automne, "
            "c’est l’état de santé des équipes qui inquiète. « Les salariés abordent ce deuxième "
            "confinement déjà fatigués, sans la réserve d’énergie qu’ils avaient en mars », "
            "constate Marion Lefebvre, psychologue du travail dans un cabinet lillois de "
            "prévention des risques psychosociaux.</p>"
            "<p>L’employeur n’est ni démuni, ni dispensé d’agir. Le Code du travail lui impose une "
            "obligation de sécurité : il doit prendre les mesures nécessaires pour assurer la "
            "sécurité et protéger la santé physique et mentale des travailleurs. Les risques "
            "psychosociaux ont leur place dans le document unique d’évaluation des risques, qu’il "
            "convient de mettre à jour pour tenir compte du travail à distance.</p>"
            "<h2>Repérer les signaux faibles</h2>"
            "<p>Sur le terrain, les entreprises misent d’abord sur les managers, en première ligne "
            "pour repérer les signes d’épuisement :</p>"
            "<ul><li>des messages envoyés de plus en plus tard le soir ou le week-end ;</li>"
            "<li>un retrait progressif des réunions d’équipe, caméra éteinte et micro coupé ;</li>"
            "<li>une irritabilité inhabituelle ou, à l’inverse, un silence prolongé ;</li>"
            "<li>des erreurs à répétition chez un collaborateur habituellement rigoureux.</li></ul>"
            "<p>Chez Orléa, une entreprise de services numériques de 300 salariés, chaque manager "
            "doit désormais échanger individuellement avec chacun de ses collaborateurs au moins "
            "une fois par semaine, en dehors des points de suivi de projet. Une ligne d’écoute "
            "psychologique anonyme, ouverte au printemps, a été maintenue.</p>"
            "<h2>Réguler la charge de travail avant tout</h2>"
            "<p>Les spécialistes mettent toutefois en garde contre la tentation de tout miser sur "
            "les webinars de bien-être ou les séances de yoga en ligne. « Le premier facteur de "
            "prévention, c’est la charge de travail. Si les objectifs n’ont pas été revus depuis "
            "la crise, aucune application de méditation ne compensera », prévient Marion Lefebvre. "
            "Le médecin du travail et le comité social et économique restent, rappelle-t-elle, des "
            "interlocuteurs à associer le plus tôt possible.</p>"
        ),
        "primary_category": "management",
        "categories": ["une-rh"],
        "tags": ["Santé au travail", "Risques psychosociaux", "Télétravail"],
        "authors": ["claire-rousset"],
        "published_at": "2020-11-04 08:45",
        "status": "published",
        "photo": {
            "caption": (
                "Le second confinement ravive le risque d’épuisement professionnel chez les "
                "salariés."
            ),
            "alt_text": (
                "Un homme assis à son bureau, la tête entre les mains, devant un ordinateur "
                "portable ouvert dans une pièce faiblement éclairée."
            ),
            "credit": "Shutterstock",
            "source": "",
            "color": "#4a3a2e",
        },
        "related": [
            "droit-a-la-deconnexion-ce-que-dit-la-cour-de-cassation-du-salarie-injoignable",
            "semaine-de-quatre-jours-ces-entreprises-qui-tentent-lexperience",
        ],
    },
    {
        "slug": "nao-2021-des-negociations-salariales-sous-le-signe-de-la-prudence",
        "title": "NAO 2021 : des négociations salariales sous le signe de la prudence",
        "standfirst": (
            "Les négociations annuelles obligatoires s’ouvrent dans un climat d’incertitude "
            "économique. Entre gel des salaires, augmentations ciblées et primes ponctuelles, les "
            "directions cherchent à préserver l’avenir sans décourager leurs équipes."
        ),
        "body": (
            "<p>Chaque automne, les entreprises dotées d’au moins une section syndicale "
            "d’organisation représentative ouvrent leur négociation annuelle obligatoire sur la "
            "rémunération, le temps de travail et le partage de la valeur ajoutée. Cette année, la "
            "crise sanitaire a rebattu les cartes : certaines directions arrivent à la table avec "
            "un carnet de commandes en berne, d’autres avec une activité dopée par les "
            "confinements.</p>"
            "<p>« On ne négocie pas de la même façon quand une partie des équipes est en activité "
            "partielle et qu’une autre a travaillé sans relâche depuis mars », résume Karim "
            "Benhadj, délégué syndical dans une entreprise de logistique de la région lyonnaise. "
            "Les syndicats réclament une reconnaissance pour les salariés restés mobilisés pendant "
            "le premier confinement ; les directions invoquent le manque de visibilité sur "
            "2021.</p>"
            "<h2>Les primes plutôt que les augmentations</h2>"
            "<p>Pour concilier ces positions, de nombreuses entreprises privilégient les mesures "
            "ponctuelles, qui ne pèsent pas durablement sur la masse salariale : prime "
            "exceptionnelle de pouvoir d’achat, intéressement, abondement sur le plan d’épargne "
            "salariale. Les thèmes qui reviennent le plus souvent sur la table sont les suivants "
            ":</p>"
            "<ul><li>la reconnaissance des salariés mobilisés sur site pendant la crise ;</li>"
            "<li>la prise en charge des frais liés au télétravail ;</li>"
            "<li>la revalorisation des bas salaires ;</li>"
            "<li>la résorption des écarts de rémunération entre les femmes et les hommes.</li></ul>"
            "<h2>Une obligation de négocier, pas de conclure</h2>"
            "<p>Les juristes le rappellent : l’obligation porte sur la négociation, pas sur la "
            "conclusion d’un accord. Faute d’accord, un procès-verbal de désaccord consigne les "
            "dernières propositions des parties et les mesures que l’employeur entend appliquer "
            "unilatéralement. L’employeur qui se soustrait à l’obligation de négocier s’expose en "
            "revanche à des sanctions. Le cadre est détaillé sur <a "
            'href="https://www.service-public.fr/">Service-public.fr</a>.</p>'
        ),
        "primary_category": "remuneration",
        "categories": ["une-rh", "droit-du-travail"],
        "tags": ["Salaires", "NAO", "Dialogue social"],
        "authors": ["claire-rousset", "thomas-beranger"],
        "published_at": "2020-11-02 07:30",
        "status": "published",
        "photo": {
            "caption": (
                "Les négociations annuelles obligatoires s’ouvrent dans un climat d’incertitude."
            ),
            "alt_text": (
                "Autour d’une table de réunion, des représentants de la direction et des syndicats "
                "échangent devant des dossiers ouverts."
            ),
            "credit": "DR",
            "source": "",
            "color": "#1f3d36",
        },
        "related": [
            "index-de-legalite-professionnelle-les-pme-face-a-leurs-premiers-resultats",
        ],
    },
    {
        "slug": "onboarding-comment-integrer-un-nouveau-salarie-quand-toute-lequipe-est-a-distance",
        "title": (
            "Onboarding : comment intégrer un nouveau salarié quand toute l’équipe est à distance"
        ),
        "standfirst": (
            "Premier jour derrière un écran, collègues rencontrés en visioconférence : "
            "l’intégration des nouvelles recrues est devenue un casse-tête depuis le début de la "
            "crise. Certaines entreprises ont trouvé la parade."
        ),
        "body": (
            "<p>Léa a rejoint l’agence de communication Cap Horizon en plein mois de mai. Son "
            "ordinateur lui a été livré à domicile la veille de son arrivée, et elle a fait la "
            "connaissance de son équipe lors d’un point en visioconférence. « Au bout de deux "
            "mois, je n’avais toujours croisé personne en vrai. J’avais le sentiment de travailler "
            "pour une entreprise abstraite », se souvient-elle.</p>"
            "<p>Avec le reconfinement qui s’annonce, de nombreuses recrues risquent de vivre la "
            "même expérience. Or les premières semaines sont décisives : c’est pendant cette "
            "période que se jouent l’adhésion à l’entreprise, la compréhension de ses codes et, "
            "souvent, la décision de rester ou de partir pendant la période d’essai.</p>"
            "<h2>Un parcours structuré, bien au-delà du premier jour</h2>"
            "<p>Les entreprises qui s’en sortent le mieux ont formalisé chaque étape de "
            "l’intégration :</p>"
            "<ol><li>avant l’arrivée, l’envoi du matériel, des accès et d’un programme détaillé de "
            "la première semaine ;</li>"
            "<li>le premier jour, un accueil par le manager et une présentation de l’équipe, "
            "caméras allumées ;</li>"
            "<li>pendant le premier mois, un parrain ou une marraine disponible pour les questions "
            "du quotidien ;</li>"
            "<li>à la fin de la période d’essai, un entretien de bilan dans les deux "
            "sens.</li></ol>"
            "<p>« Le parrainage est ce qui fonctionne le mieux. Un nouveau n’ose pas déranger son "
            "manager pour savoir où trouver un modèle de document ; il le demandera sans "
            "difficulté à un pair », explique Sébastien Garnier, DRH de Cap Horizon, qui a revu "
            "tout le dispositif après l’expérience du printemps.</p>"
            "<h2>Préserver les rencontres</h2>"
            "<p>Dès que la situation sanitaire le permettra, plusieurs DRH comptent réserver en "
            "priorité les journées sur site aux nouveaux arrivants, afin qu’ils rencontrent enfin "
            "leurs collègues. En attendant, les petits rituels numériques, du café virtuel au tour "
            "de table informel en début de réunion, comptent davantage qu’on ne le croit.</p>"
        ),
        "primary_category": "management",
        "categories": ["recrutement"],
        "tags": ["Intégration", "Télétravail", "Recrutement"],
        "authors": ["claire-rousset"],
        "published_at": "2020-10-29 14:00",
        "status": "published",
        "photo": {
            "caption": (
                "Depuis le début de la crise, de nombreuses recrues découvrent leurs collègues en "
                "visioconférence."
            ),
            "alt_text": (
                "Une jeune femme salue de la main plusieurs collègues affichés en mosaïque sur "
                "l’écran de son ordinateur portable."
            ),
            "credit": "Claire Rousset / Journal des RH",
            "source": "",
            "color": "#2b4c5e",
        },
        "related": [
            (
                "teletravail-en-plein-reconfinement-les-entreprises-remettent-leurs-accords-sur-la-table"
            ),
        ],
    },
    {
        "slug": "apprentissage-laide-exceptionnelle-a-lembauche-bouffee-doxygene-pour-les-pme",
        "title": (
            "Apprentissage : l’aide exceptionnelle à l’embauche, bouffée d’oxygène pour les PME"
        ),
        "standfirst": (
            "Mise en place dans le cadre du plan de relance, l’aide exceptionnelle au recrutement "
            "d’apprentis réduit fortement le coût de la première année de contrat. Des dirigeants "
            "de PME qui hésitaient à embaucher en pleine crise ont franchi le pas."
        ),
        "body": (
            "<p>Au printemps, Frédéric Lemoine pensait faire l’impasse sur l’apprentissage cette "
            "année. Le dirigeant d’une menuiserie de 25 salariés près d’Angers voyait son carnet "
            "de commandes fondre avec le confinement. Il a finalement signé deux contrats à la "
            "rentrée. « Sans l’aide de l’État, je ne l’aurais pas fait. Là, la première année ne "
            "me coûte presque rien, et je forme les compagnons dont j’aurai besoin dans trois "
            "ans », explique-t-il.</p>"
            "<p>Pour les contrats conclus entre le 1er juillet 2020 et le 28 février 2021, l’État "
            "verse aux employeurs une aide pour la première année du contrat : 5 000 euros pour un "
            "apprenti mineur, 8 000 euros pour un apprenti majeur. Elle concerne les diplômes "
            "allant jusqu’au niveau master. Les entreprises de moins de 250 salariés y ont droit "
            "sans condition ; au-delà, elles doivent s’engager sur une proportion d’alternants "
            "dans leur effectif.</p>"
            "<h2>Des CFA soulagés</h2>"
            "<p>Dans les centres de formation d’apprentis, le ton a changé depuis l’été. « En "
            "juin, nous craignions de voir nos jeunes sans employeur à la rentrée. Finalement, la "
            "plupart ont trouvé une entreprise, parfois au dernier moment », témoigne Anne-Sophie "
            "Carré, directrice d’un CFA des métiers du bâtiment en Pays de la Loire. Les "
            "conditions détaillées de l’aide figurent sur le site du <a "
            'href="https://travail-emploi.gouv.fr/">ministère du Travail</a>.</p>'
            "<h2>Un engagement qui ne se résume pas au coût</h2>"
            "<p>Reste que l’apprentissage n’est pas qu’une équation financière. Accueillir un "
            "apprenti suppose de désigner un maître d’apprentissage disponible, de s’organiser "
            "avec le rythme de l’alternance et d’accompagner un jeune qui découvre souvent le "
            "monde du travail. « L’aide est un déclencheur, pas une raison suffisante. Une "
            "entreprise qui ne prend pas le temps de former risque de décevoir son apprenti, et de "
            "le perdre avant la fin du contrat », prévient Anne-Sophie Carré.</p>"
        ),
        "primary_category": "formation",
        "categories": ["recrutement"],
        "tags": ["Apprentissage", "PME", "Plan de relance"],
        "authors": ["claire-rousset"],
        "published_at": "2020-10-26 10:30",
        "status": "published",
        "photo": {
            "caption": (
                "Dans cette menuiserie proche d’Angers, deux apprentis ont été recrutés à la "
                "rentrée."
            ),
            "alt_text": (
                "Un jeune apprenti ponce une planche de bois sur un établi, sous le regard d’un "
                "menuisier expérimenté."
            ),
            "credit": "Claire Rousset / Journal des RH",
            "source": "",
            "color": "#5a3e26",
        },
        "related": [
            "cpf-pres-dun-an-apres-le-lancement-de-lapplication-ce-qui-change-pour-les-salaries",
        ],
    },
    {
        "slug": "index-de-legalite-professionnelle-les-pme-face-a-leurs-premiers-resultats",
        "title": "Index de l’égalité professionnelle : les PME face à leurs premiers résultats",
        "standfirst": (
            "Depuis le 1er mars 2020, les entreprises de 50 à 250 salariés doivent elles aussi "
            "publier leur index de l’égalité entre les femmes et les hommes. Pour certaines, la "
            "note obtenue a fait l’effet d’une douche froide."
        ),
        "body": (
            "<p>Quand Stéphanie Aubert a calculé pour la première fois l’index de son entreprise, "
            "un fabricant d’emballages de 140 salariés installé dans l’Oise, elle s’attendait à un "
            "bon résultat. « Nous n’avons jamais eu de grille de salaires différente selon le "
            "sexe. Et pourtant, nous sommes en dessous de 75 points », raconte la responsable des "
            "ressources humaines.</p>"
            "<p>Créé par la loi pour la liberté de choisir son avenir professionnel de 2018, "
            "l’index est une note sur 100 calculée à partir de plusieurs indicateurs. Les plus "
            "grandes entreprises le publient depuis 2019 ; depuis le 1er mars 2020, toutes celles "
            "d’au moins 50 salariés y sont soumises.</p>"
            "<h2>Des indicateurs qui ne laissent rien passer</h2>"
            "<p>Au-delà de 250 salariés, l’index repose sur cinq indicateurs ; entre 50 et 250 "
            "salariés, il en compte quatre, les augmentations et les promotions étant mesurées "
            "ensemble :</p>"
            "<ul><li>l’écart de rémunération entre les femmes et les hommes ;</li>"
            "<li>l’écart de taux d’augmentations individuelles ;</li>"
            "<li>l’écart de taux de promotions ;</li>"
            "<li>le pourcentage de salariées augmentées à leur retour de congé de maternité ;</li>"
            "<li>le nombre de salariés du sexe sous-représenté parmi les dix plus hautes "
            "rémunérations.</li></ul>"
            "<p>Dans l’entreprise de Stéphanie Aubert, c’est l’indicateur du retour de congé de "
            "maternité qui a fait chuter la note : deux salariées n’avaient pas bénéficié, à leur "
            "retour, des augmentations accordées pendant leur absence. « Ce n’était pas une "
            "décision, c’était un oubli. Mais l’index ne fait pas la différence, et il a eu le "
            "mérite de nous le montrer », reconnaît-elle.</p>"
            "<h2>Trois ans pour corriger le tir</h2>"
            "<p>Une entreprise dont l’index est inférieur à 75 points doit prendre des mesures de "
            "correction et, le cas échéant, de rattrapage salarial. Si elle reste sous ce seuil au "
            "bout de trois ans, elle s’expose à une pénalité financière pouvant atteindre 1 % de "
            "sa masse salariale. La méthode de calcul est détaillée sur le site du <a "
            'href="https://travail-emploi.gouv.fr/">ministère du Travail</a>. Pour beaucoup de '
            "PME, l’exercice a surtout une vertu pédagogique : il oblige à regarder en face des "
            "écarts que personne ne mesurait.</p>"
        ),
        "primary_category": "remuneration",
        "categories": ["droit-du-travail"],
        "tags": ["Égalité professionnelle", "Salaires", "PME"],
        "authors": ["claire-rousset"],
        "published_at": "2020-10-21 09:00",
        "status": "published",
        "photo": {
            "caption": (
                "Depuis le 1er mars 2020, les entreprises de 50 à 250 salariés publient leur index "
                "de l’égalité."
            ),
            "alt_text": (
                "Une responsable des ressources humaines consulte un tableau de données salariales "
                "sur son écran, un stylo à la main."
            ),
            "credit": "Shutterstock",
            "source": "",
            "color": "#3d2b56",
        },
        "related": [
            "nao-2021-des-negociations-salariales-sous-le-signe-de-la-prudence",
        ],
    },
    {
        "slug": "developpeurs-data-cybersecurite-la-penurie-de-talents-tech-resiste-a-la-crise",
        "title": (
            "Développeurs, data, cybersécurité : la pénurie de talents tech résiste à la crise"
        ),
        "standfirst": (
            "Malgré le ralentissement économique, les start-up et les entreprises du numérique "
            "peinent toujours à recruter certains profils techniques. Salaires, télétravail, sens "
            "du travail : les candidats ont les cartes en main."
        ),
        "body": (
            "<p>Chez Quanteo, une start-up parisienne qui développe un logiciel de gestion de "
            "trésorerie, le plan de recrutement n’a pas bougé d’une ligne depuis le printemps. La "
            "jeune pousse, qui a bouclé sa levée de fonds juste avant le confinement, cherche "
            "toujours une dizaine de développeurs et deux spécialistes de la donnée. « On pensait "
            "que la crise allait détendre le marché. Ça n’a pas été le cas sur nos profils : les "
            "bons candidats ont trois ou quatre propositions en parallèle », constate son "
            "cofondateur, Romain Castel.</p>"
            "<p>Le constat est partagé par les cabinets spécialisés. Si les embauches ont marqué "
            "le pas dans de nombreux secteurs, les profils les plus recherchés du numérique "
            "restent l’objet d’une concurrence intense : développeurs expérimentés, ingénieurs en "
            "intelligence artificielle et en science des données, experts en cybersécurité, dont "
            "les entreprises ont d’autant plus besoin que le télétravail s’est généralisé.</p>"
            "<h2>Le télétravail élargit le terrain de chasse</h2>"
            "<p>La crise a toutefois changé une donne : la géographie. Beaucoup d’entreprises "
            "acceptent désormais de recruter des candidats qui vivent loin de leurs bureaux, voire "
            "de travailler entièrement à distance. « Nous avons embauché cet été un développeur "
            "qui vit à Brest et ne viendra à Paris qu’une fois par mois. Il y a un an, je n’aurais "
            "même pas regardé son CV », reconnaît Romain Castel. Pour se démarquer, les recruteurs "
            "affûtent leurs arguments :</p>"
            "<ul><li>une politique de télétravail claire, inscrite dans l’offre d’emploi ;</li>"
            "<li>une fourchette de salaire affichée dès l’annonce ;</li>"
            "<li>un budget de formation dédié aux nouvelles technologies ;</li>"
            "<li>un processus de recrutement court, bouclé en deux ou trois semaines.</li></ul>"
            "<h2>Former plutôt que chasser</h2>"
            "<p>D’autres misent sur la reconversion. Plusieurs entreprises nouent des partenariats "
            "avec des écoles de code pour former en quelques mois des salariés venus d’autres "
            "métiers, parfois grâce à leur compte personnel de formation. Une stratégie plus "
            "lente, mais qui permet de fidéliser des profils difficiles à attirer sur un marché où "
            "la surenchère salariale a ses limites.</p>"
        ),
        "primary_category": "recrutement",
        "categories": [],
        "tags": ["Recrutement", "Startups", "Intelligence artificielle", "Cybersécurité"],
        "authors": ["jeanne-dussueil", "claire-rousset"],
        "published_at": "2020-10-16 15:20",
        "status": "published",
        "photo": {
            "caption": (
                "Les développeurs expérimentés restent parmi les profils les plus disputés du "
                "marché."
            ),
            "alt_text": (
                "Deux développeurs discutent devant un double écran affichant des lignes de code, "
                "dans un open space."
            ),
            "credit": "Shutterstock",
            "source": "",
            "color": "#1e3a4c",
        },
        "related": [
            "recrutement-lintelligence-artificielle-sinvite-dans-le-tri-des-candidatures",
            "cpf-pres-dun-an-apres-le-lancement-de-lapplication-ce-qui-change-pour-les-salaries",
        ],
    },
    {
        "slug": (
            "cpf-pres-dun-an-apres-le-lancement-de-lapplication-ce-qui-change-pour-les-salaries"
        ),
        "title": (
            "CPF : près d’un an après le lancement de l’application, ce qui change pour les "
            "salariés"
        ),
        "standfirst": (
            "Alimenté en euros depuis 2019 et accessible depuis une application dédiée, le compte "
            "personnel de formation a profondément changé de visage. Salariés et employeurs "
            "apprennent à en tirer parti."
        ),
        "body": (
            "<p>Depuis le 1er janvier 2019, le compte personnel de formation n’est plus crédité en "
            "heures mais en euros. Un salarié qui travaille au moins à mi-temps acquiert 500 euros "
            "par an, dans la limite d’un plafond de 5 000 euros ; ces montants sont portés à 800 "
            "et 8 000 euros pour les salariés peu qualifiés. Depuis novembre 2019, chacun peut "
            "consulter ses droits, choisir une formation et s’y inscrire directement depuis "
            "l’application Mon compte formation, sans intermédiaire.</p>"
            "<h2>Une autonomie nouvelle pour les salariés</h2>"
            "<p>Le changement est d’abord symbolique : le droit à la formation devient un capital "
            "visible, que le salarié peut mobiliser sans l’accord de son employeur lorsque la "
            "formation se déroule en dehors du temps de travail. « Beaucoup de collaborateurs "
            "découvrent qu’ils disposent de droits importants. Certains viennent nous voir avec un "
            "projet très précis, d’autres ne savent pas par où commencer », observe Élodie "
            "Marchetti, responsable formation d’un réseau de magasins de bricolage.</p>"
            "<p>Les formations éligibles restent encadrées : certifications inscrites au "
            "répertoire national des certifications professionnelles ou au répertoire spécifique, "
            "bilans de compétences, préparation au permis de conduire, accompagnement à la "
            "validation des acquis de l’expérience ou à la création d’entreprise.</p>"
            "<h2>Les employeurs invités à co-investir</h2>"
            "<p>Les entreprises peuvent, de leur côté, abonder le compte de leurs salariés pour "
            "financer des formations plus coûteuses, en lien avec leurs besoins en compétences. Un "
            "levier encore peu utilisé, mais qui permet de construire des parcours utiles aux deux "
            "parties, notamment dans les métiers en tension. Les salariés doivent enfin se méfier "
            "du démarchage abusif par téléphone ou par SMS : leurs identifiants ne doivent jamais "
            "être communiqués à un tiers. Les informations pratiques sont rassemblées sur <a "
            'href="https://www.service-public.fr/">Service-public.fr</a>.</p>'
        ),
        "primary_category": "formation",
        "categories": [],
        "tags": ["Formation", "CPF", "Compétences"],
        "authors": ["thomas-beranger"],
        "published_at": "2020-10-12 11:45",
        "status": "published",
        "photo": None,
        "related": [
            "apprentissage-laide-exceptionnelle-a-lembauche-bouffee-doxygene-pour-les-pme",
        ],
    },
    {
        "slug": "semaine-de-quatre-jours-ces-entreprises-qui-tentent-lexperience",
        "title": "Semaine de quatre jours : ces entreprises qui tentent l’expérience",
        "standfirst": (
            "Travailler quatre jours au lieu de cinq, sans baisse de salaire : l’idée séduit de "
            "plus en plus de dirigeants, qui y voient un levier d’attractivité et de bien-être. "
            "Mais l’organisation du travail doit être entièrement repensée."
        ),
        "body": (
            "<p>Depuis la rentrée, les bureaux de Lumen, une agence bordelaise de marketing "
            "digital de 35 salariés, sont fermés le vendredi. L’équipe a adopté la semaine de "
            "quatre jours, à salaire inchangé, pour une période d’essai de six mois. « Nous "
            "voulions vérifier une intuition : que l’on peut produire autant en quatre jours si "
            "l’on supprime ce qui ne sert à rien », explique sa fondatrice, Camille Dufresne.</p>"
            "<p>Concrètement, l’agence a raccourci ses réunions, instauré des plages de travail "
            "sans notification et renégocié certains délais avec ses clients. Les 35 heures sont "
            "désormais réparties sur quatre journées plus denses, ce que permet le Code du travail "
            "dans le respect de la durée maximale quotidienne.</p>"
            "<h2>Deux modèles très différents</h2>"
            "<p>Derrière la même formule se cachent en réalité deux approches :</p>"
            "<ul><li>la semaine compressée, qui répartit la durée hebdomadaire sur quatre jours, "
            "au prix de journées plus longues ;</li>"
            "<li>la réduction du temps de travail, par exemple à 32 heures sans baisse de "
            "rémunération, qui suppose des gains de productivité ou un coût accepté par "
            "l’entreprise.</li></ul>"
            "<p>Lumen a choisi la première option ; Kerlis, un éditeur de logiciels toulousain, a "
            "opté pour la seconde en début d’année. Dans les deux cas, les dirigeants insistent "
            "sur la nécessité d’associer les salariés dès la conception du projet. Pour Camille "
            "Dufresne, la clé tient dans la discipline collective :</p>"
            "<blockquote><p>« Le vendredi libre n’est pas un cadeau. C’est un engagement collectif "
            ": si chacun ne joue pas le jeu pendant les quatre autres jours, le système "
            "s’effondre. »</p></blockquote>"
            "<h2>Un bilan à mesurer</h2>"
            "<p>Les premiers retours sont encourageants : moins d’absences, des candidatures plus "
            "nombreuses, des salariés qui disent mieux récupérer. La dirigeante reste prudente : "
            "« Il faudra voir comment l’organisation tient sur la durée, et surtout pendant les "
            "pics d’activité. » Le bilan de l’expérimentation est attendu au printemps.</p>"
        ),
        "primary_category": "management",
        "categories": [],
        "tags": ["Semaine de quatre jours", "Temps de travail", "Qualité de vie au travail"],
        "authors": ["claire-rousset"],
        "published_at": "2020-10-05 07:30",
        "status": "published",
        "photo": {
            "caption": "À Bordeaux, l’agence Lumen ferme désormais ses bureaux le vendredi.",
            "alt_text": (
                "Un open space vide et lumineux, aux chaises rangées sous les bureaux, un vendredi "
                "matin."
            ),
            "credit": "DR",
            "source": "",
            "color": "#2f4f3f",
        },
        "related": [
            "burn-out-avec-le-reconfinement-les-entreprises-renforcent-leur-vigilance",
        ],
    },
    {
        "slug": (
            "transparence-salariale-ce-que-la-directive-europeenne-va-changer-pour-les-employeurs"
        ),
        "title": (
            "Transparence salariale : ce que la directive européenne va changer pour les employeurs"
        ),
        "standfirst": (
            "La directive européenne sur la transparence des rémunérations doit être transposée en "
            "droit français d’ici juin 2026. Fourchettes de salaire, droit à l’information, "
            "rapports sur les écarts : les entreprises ont intérêt à s’y préparer sans attendre."
        ),
        "body": (
            "<p>La directive (UE) 2023/970 du 10 mai 2023 vise à renforcer l’application du "
            "principe d’égalité de rémunération entre les femmes et les hommes pour un même "
            "travail ou un travail de même valeur, par la transparence des rémunérations. Les "
            "États membres ont jusqu’au 7 juin 2026 pour la transposer. En France, elle viendra "
            "compléter l’index de l’égalité professionnelle, dont elle dépasse largement "
            "l’ambition.</p>"
            "<h2>Dès le recrutement</h2>"
            "<p>Le texte agit d’abord sur l’embauche. Les candidats devront recevoir une "
            "information sur la rémunération initiale ou sa fourchette, dans l’offre d’emploi ou "
            "avant l’entretien. L’employeur ne pourra plus, en revanche, les interroger sur leurs "
            "rémunérations passées.</p>"
            "<h2>Un droit à l’information pour les salariés</h2>"
            "<ul><li>les salariés pourront demander leur niveau de rémunération et les niveaux "
            "moyens, ventilés par sexe, des salariés qui accomplissent un même travail ou un "
            "travail de même valeur ;</li>"
            "<li>les critères utilisés pour fixer les rémunérations et leur progression devront "
            "leur être accessibles ;</li>"
            "<li>une clause de confidentialité ne pourra plus les empêcher de faire connaître leur "
            "rémunération pour faire valoir l’égalité salariale.</li></ul>"
            "<h2>Des rapports et une évaluation conjointe</h2>"
            "<p>Les entreprises d’au moins 100 salariés devront publier des informations sur "
            "l’écart de rémunération entre les femmes et les hommes, selon un calendrier qui "
            "dépend de leur taille. Lorsqu’un écart d’au moins 5 % apparaît dans une catégorie de "
            "travailleurs sans être justifié par des critères objectifs et non sexistes, et qu’il "
            "n’a pas été corrigé dans les six mois, une évaluation conjointe des rémunérations "
            "devra être menée avec les représentants du personnel.</p>"
            "<p>« Beaucoup d’entreprises n’ont pas de classification qui permette de comparer des "
            "emplois de valeur égale. C’est le chantier le plus lourd, et il faut le commencer "
            "bien avant l’échéance », prévient Hélène Marchal, avocate en droit social.</p>"
        ),
        "primary_category": "remuneration",
        "categories": ["droit-du-travail"],
        "tags": ["Égalité professionnelle", "Transparence salariale", "Union européenne"],
        "authors": ["thomas-beranger"],
        "published_at": None,
        "status": "draft",
        "photo": None,
        "related": [
            "index-de-legalite-professionnelle-les-pme-face-a-leurs-premiers-resultats",
            "nao-2021-des-negociations-salariales-sous-le-signe-de-la-prudence",
        ],
    },
]
