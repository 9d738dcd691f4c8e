# L’histoire des 16-18 ans (scenarios/16-18/story.ron) : un dernier trimestre de lycée en ligne.

story-16-18-title = Le dernier trimestre
story-16-18-closed = Voilà ton dernier trimestre de lycée, en entier. Des choix faciles, des durs, quelques faux pas réparés : tu as appris de chacun. Bravo, vraiment.

# La fin : chaque ligne s’affiche quand ses faits sont vrais.
story-16-18-ending-classmate = Quand la foule s’en est prise à quelqu’un de ta classe, tu as soutenu cette personne au lieu de suivre. Ça s’est vu. On se souvient de qui nous a soutenus.
story-16-18-ending-stranger = Un inconnu a tenté la flatterie, les secrets et les gains faciles. Tu as gardé les preuves et signalé le compte, et tu connais le schéma, quel que soit le nom qu’il prendra.
story-16-18-ending-job = Quand le faux job a circulé, tu as fait venir un adulte capable d’agir au lieu de te taire. Demander de l’aide, c’est un geste d’adulte.
story-16-18-ending-took-back = Ton compte a été piraté, et tu l’as repris. Réparer compte autant que ne jamais trébucher.
story-16-18-ending-violent-clip = Quand une vidéo violente a circulé, tu l’as fait signaler et tu as veillé à ce que personne ne la porte sans aide, y compris toi.
story-16-18-ending-hacked-scam = Le soir où un compte piraté a emprunté le nom d’un proche pour demander de l’argent, tu as fait éclater la vérité et tu l’as signalé. Ces arnaques comptent sur le silence : tu ne leur en as laissé aucun.
story-16-18-ending-betting-tips = Quand les pronos « sûrs » circulaient, tu as fait appel à un adulte de confiance et activé le blocage des jeux d’argent. Aujourd’hui, sur un match, tu ne joues que des points avec ta bande.
story-16-18-ending-study-pills = Avant les examens, quelqu’un vendait des « pilules de concentration » dans ton groupe, et tu as fait en sorte que ce soit signalé. Le meilleur conseil de révision du trimestre ? Dormir.
story-16-18-ending-threats = Quand quelqu’un a voulu te faire payer par la peur, tu as arrêté, gardé les preuves et laissé un adulte t’aider. Une menace perd son pouvoir dès qu’on en parle.
story-16-18-ending-older = Quand quelqu’un voulait t’avoir rien qu’à soi et te demandait des secrets, tu as laissé revenir les gens qui tiennent à toi. Il a fallu une vraie force pour ça.
story-16-18-ending-doxxing = Quand des inconnus ont publié où tu vis, tu as fait signaler les publications, verrouillé tes comptes et laissé les adultes gérer les menaces. Tes critiques sont toujours en ligne.
story-16-18-ending-always = Ce qui traîne encore en ligne peut être réparé, pas à pas, avec l’aide d’un adulte de confiance. Quoi qu’il arrive ensuite, tu sais prendre soin de toi et des autres.

# Les personnes qui reviennent : l’ami, la personne de ta classe visée par la foule, l’inconnu.
cast-1618-tariq = Tariq
cast-1618-priya = Priya
cast-1618-mika = Mika
cast-1618-ellis = Camille
cast-1618-ravi = Ravi
cast-1618-kemi = Kemi
cast-1618-kestrel = Kestrel
cast-1618-rook = Rook_42
cast-1618-moss = MossyStone
