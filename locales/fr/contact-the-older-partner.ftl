# Contact / sexuel : Plus âgé (16-18 ans). Pédopiégeage par un « partenaire » plus âgé : signes d'alerte et demande d'aide uniquement, rien n'est montré ni décrit. Secrets, cadeaux, isolement, pression pour se voir seuls ; un béguin du même âge qui respecte, c'est sain. Jamais la faute du jeune.

contact-the-older-partner-title = Plus âgé
contact-the-older-partner-summary = Quelqu’un d’une vingtaine d’années te trouve « si mature », t’offre des cadeaux et veut te voir, rien que vous deux. Tes amis n’ont pas besoin de savoir. Vraiment ?
contact-the-older-partner-remember = Cadeaux qui te rendent redevable, « mature pour ton âge », secrets pour ta famille, t’éloigner de tes amis, « juste nous » : des signes d’alerte, jamais ta faute. Garde les messages et parles-en à un adulte de confiance.

contact-the-older-partner-app = { $app }
contact-the-older-partner-app-chordly = Chordly
contact-the-older-partner-app-tunebox = Tunebox
contact-the-older-partner-app-riffroom = Riffroom
contact-the-older-partner-older-dani = Dani
contact-the-older-partner-older-remy = Rémy
contact-the-older-partner-older-sol = Sol
contact-the-older-partner-adult-mum = Maman
contact-the-older-partner-adult-uncle = tonton Tomás
contact-the-older-partner-adult-grandpa = Papi

contact-the-older-partner-npc-older = { $older }
contact-the-older-partner-npc-friend = { $friend }
contact-the-older-partner-npc-adult = { $adult }
contact-the-older-partner-npc-classmate = { $classmate }

contact-the-older-partner-intro = Depuis trois semaines, tu discutes avec { $older } dans le salon musique de { $app }. { $older } a 24 ans, de l’humour, et répète que tu n’es « pas comme les autres de ton âge ». Ce soir, ton téléphone s’allume encore.
contact-the-older-partner-gift = le casque que tu voulais t’attend au magasin, déjà payé. dis à personne que ça vient de moi, ok ? les gens nous comprendraient pas.
contact-the-older-partner-pic-gift-title = Un cadeau t’attend
contact-the-older-partner-pic-gift-from = De : { $older }
contact-the-older-partner-pic-gift-note = « dis à personne que ça vient de moi »

contact-the-older-partner-spot = Beaucoup de messages sont juste gentils. Certains vont plus loin, et suivent un schéma. Touche les signes d’alerte dans les messages de ce soir.
contact-the-older-partner-card-title = Tes messages
contact-the-older-partner-card-body = Les messages de ce soir, de { $older } et de { $classmate }.
contact-the-older-partner-pic-chats-title = Messages
contact-the-older-partner-part-mature = { $older } : « t’es tellement mature pour ton âge »
contact-the-older-partner-feedback-mature = Oui. « Mature pour ton âge » fait passer un grand écart d’âge pour un compliment. C’est une des phrases les plus utilisées par des personnes plus âgées pour que ça paraisse normal.
contact-the-older-partner-pic-msg-mature = t’es tellement mature pour ton âge
contact-the-older-partner-part-food = { $classmate } : manger un bout après les cours, tous ensemble ?
contact-the-older-partner-feedback-food = Pas un signe d’alerte. Quelqu’un de ton âge, qui propose ouvertement, avec des amis autour et une façon simple de dire non : c’est à ça que ressemble le respect.
contact-the-older-partner-pic-msg-food = on mange un bout après les cours, tous ensemble ? aucune pression, tu peux dire non
contact-the-older-partner-part-secret = { $older } : « parle pas de nous à ta famille »
contact-the-older-partner-feedback-secret = Oui. Quelqu’un de bien pour toi n’a pas besoin d’être caché aux gens qui t’aiment. Demander le secret, c’est le plus grand signe d’alerte.
contact-the-older-partner-pic-msg-secret = parle pas de nous à ta famille, ils gâcheraient tout
contact-the-older-partner-part-exam = { $older } : « bonne chance pour ton exam demain »
contact-the-older-partner-feedback-exam = Seul, c’est juste un message gentil. Les signes sont dans ce qui l’entoure : les secrets, l’écart d’âge, l’éloignement de tes amis. Des mots gentils ne rendent personne sûr, ni dangereux.
contact-the-older-partner-pic-msg-exam = bonne chance pour ton exam demain !
contact-the-older-partner-part-friends = { $older } : « tes amis te tirent vers le bas »
contact-the-older-partner-feedback-friends = Oui. Te monter contre tes amis, c’est laisser moins de monde pour remarquer ce qui se passe. Les gens qui tiennent à toi veulent que tu aies des amis.
contact-the-older-partner-pic-msg-friends = tes amis te tirent vers le bas. t’as pas besoin d’eux, tu m’as moi

contact-the-older-partner-invite = c’est libre chez moi samedi. viens, juste nous deux. dis à ta famille que t’es chez { $friend }, ok ?
contact-the-older-partner-choice-no-meet = Non. Rien en cachette, et pas de mensonge.
contact-the-older-partner-feedback-no-meet = Clair et fort. Qu’on te demande un tête-à-tête, avec une excuse toute prête, c’est un signe d’alerte sérieux. Tu ne dois jamais de oui à personne, quels que soient ses cadeaux.
contact-the-older-partner-choice-cafe = Un café plutôt ? Un endroit avec du monde ?
contact-the-older-partner-feedback-cafe = Un lieu public vaut mieux qu’un appartement. Mais le secret et le mensonge à ta famille sont toujours là, et ce sont eux, les signes d’alerte. Une personne sûre n’a pas besoin que tu caches ça.
contact-the-older-partner-choice-cover = OK. Pour ma famille, je suis chez { $friend }. À samedi !
contact-the-older-partner-feedback-cover = Une occasion d’apprendre : avec une fausse excuse, personne ne saurait où tu es. Un adulte qui te demande de mentir à ta famille franchit une limite. Ce n’est pas ta faute, et tu peux encore changer d’avis.
contact-the-older-partner-c-no = waouh. après le casque et tout ? je te croyais mature. bref. mais parle de nous à personne.
contact-the-older-partner-c-cafe = un café ? tu me fais pas confiance ? chez moi c’est plus calme. et n’oublie pas : t’es chez { $friend }. notre secret.
contact-the-older-partner-c-agreed = Tu écris à { $friend } : « si on te demande, samedi je suis chez toi. » La réponse arrive en quelques secondes.

contact-the-older-partner-pressure = { $older } t’en veut maintenant, et veut toujours que ça reste secret. Que fais-tu ?
contact-the-older-partner-choice-show-adult = Je capture toute la discussion et je le dis à { $adult } ce soir.
contact-the-older-partner-feedback-show-adult = C’est ça. La culpabilité pour un cadeau, un secret, « juste nous » : tu as vu le schéma. Les captures gardent les preuves, et { $adult } peut t’aider à signaler et bloquer. Ce n’est jamais balancer.
contact-the-older-partner-choice-block-quiet = Je bloque { $older } et je passe à autre chose. C’est fini.
contact-the-older-partner-feedback-block-quiet = Bloquer, c’était un vrai pas. Mais si personne ne le sait, personne ne peut aider si { $older } revient autrement, et un adulte qui vise des ados peut en viser d’autres. Parles-en à quelqu’un de confiance.
contact-the-older-partner-choice-sorry = M’excuser. J’exagère peut-être, c’est un peu gamin.
contact-the-older-partner-feedback-sorry = Une occasion d’apprendre : refuser un secret, ce n’est pas gamin, c’est sage. Te faire croire que tu dois quelque chose, pour un cadeau ou un service, c’est comme ça que marche la pression. Ce n’est pas ta faute.
contact-the-older-partner-c-blocked = Compte bloqué. Le lendemain, une demande de message arrive d’un nouveau compte : « tu peux pas disparaître comme ça. je sais dans quel café tu vas après les cours. »
contact-the-older-partner-c-sorry = voilà. tu vois, personne te comprend comme moi. samedi, chez moi. t’es chez { $friend }.

contact-the-older-partner-after-block = Un nouveau compte, et maintenant cette personne sait où te trouver. Rien de tout ça n’est ta faute. Et maintenant ?
contact-the-older-partner-choice-show-both = Je montre les deux comptes à quelqu’un de confiance.
contact-the-older-partner-feedback-show-both = Oui. Les deux comptes prouvent un schéma, et un adulte de confiance comme { $adult } peut les signaler, et chercher plus d’aide si quelqu’un sait où tu vas. Bloquer était bien, en parler aussi.
contact-the-older-partner-choice-reply-once = Répondre une fois, gentiment, pour calmer le jeu.
contact-the-older-partner-feedback-reply-once = Une occasion d’apprendre : une réponse gentille montre que le nouveau compte marche, et ça continuera. Tu ne dois pas de calme à cette personne. Il n’est jamais trop tard pour en parler à un adulte de confiance.
contact-the-older-partner-choice-go-offline = Tout passer en privé, et rester hors ligne, plus sûr.
contact-the-older-partner-feedback-go-offline = Une occasion d’apprendre : disparaître semble plus sûr, mais cette personne sait où tu vas, et tu y ferais face sans personne. Il n’est jamais trop tard pour en parler à un adulte de confiance. Tu n’as pas d’ennuis.
contact-the-older-partner-c-offline = Tu passes en privé et tu restes hors ligne. Deux jours plus tard, { $older } écrit à { $friend } à la place : « dis-lui que je l’attends. »
contact-the-older-partner-c-answered = je savais que tu reviendrais. samedi, chez moi, juste nous. t’es chez { $friend }, n’oublie pas.

contact-the-older-partner-friend = dis, t’as annulé trois fois avec nous, et t’es tout le temps sur ton tel avec { $older }. c’est pas genre 24 ans ? ça va ? franchement ?
contact-the-older-partner-choice-come-with = Pas trop. Tu m’accompagnes voir { $adult }, ce soir même ?
contact-the-older-partner-feedback-come-with = C’est courageux. Avoir quelqu’un qui remarque, c’est précieux, et aller voir un adulte à deux, c’est plus facile. { $adult } peut t’aider à signaler { $older } et te protéger, sans reproche.
contact-the-older-partner-choice-handle-it = Ça va. N’en dis rien à { $adult }, c’est privé.
contact-the-older-partner-feedback-handle-it = Vouloir arrêter, c’est bien. Mais sans personne, tu fais face à quelqu’un de plus âgé qui manie la culpabilité et les secrets. { $friend } a remarqué pour une raison : laisse-toi aider à avoir un adulte de ton côté.
contact-the-older-partner-choice-jealous = C’est de la jalousie. { $older } me comprend, au moins.
contact-the-older-partner-feedback-jealous = Une occasion d’apprendre : ce sentiment qu’on te comprend enfin, c’est justement comme ça que ça marche, et éloigner les amis fait partie du schéma. { $friend } est de ton côté. Il n’est pas trop tard pour lui tendre la main.
contact-the-older-partner-c-handle = tu annules ?? après le casque, le crédit de ton tel, tout ? si tu parles de nous à quelqu’un, je dirai que c’était ton idée.
contact-the-older-partner-c-pushed-away = { $friend } ne répond plus. { $older } écrit toutes les heures : t’es où, t’es avec qui, et « oublie pas, notre secret ».

contact-the-older-partner-last = Rien de tout ça n’est ta faute. Quelqu’un de plus âgé qui veut des secrets, te fait croire que tu lui dois quelque chose et veut te voir en tête-à-tête est en tort, pas toi. Il n’est pas trop tard.
contact-the-older-partner-choice-tell-tonight = Ce soir, je montre chaque message à quelqu’un.
contact-the-older-partner-feedback-tell-tonight = C’est le geste le plus courageux. En parler brise le secret, et c’est le secret qui donnait du pouvoir à { $older }. Un adulte de confiance va t’aider, et tu n’as pas d’ennuis.
contact-the-older-partner-choice-alone = Je garde ça privé, je m’en charge.
contact-the-older-partner-feedback-alone = Une occasion d’apprendre : gérer ça sans personne, c’est ce sur quoi cette personne compte. Un adulte s’en est pris à toi : c’est sa responsabilité, pas la tienne. Un adulte de confiance ou une ligne d’écoute t’aidera.
contact-the-older-partner-choice-explain = Y aller samedi et dire que c’est fini, en face.
contact-the-older-partner-feedback-explain = Une occasion d’apprendre : un tête-à-tête pour « en finir », c’est exactement ce que cette personne cherche. Tu ne dois d’adieu en face à personne. Parles-en plutôt à un adulte de confiance.
contact-the-older-partner-c-alone = Tu gardes ça pour toi. Les messages continuent, samedi approche, et la solitude pèse chaque jour un peu plus.
contact-the-older-partner-c-saturday = Tu dis à ta famille que tu es chez { $friend }. Samedi matin, tu as le ventre noué, et { $older } écrit : « n’oublie pas : personne doit savoir. »

contact-the-older-partner-adult-helps = Merci de me montrer ça. Tu n’as rien fait de mal. Un adulte qui offre des cadeaux, veut des secrets et veut un tête-à-tête franchit une limite. On garde les captures, on signale { $older } à { $app } et on bloque ensemble.
contact-the-older-partner-adult-helps-late = Tu as bien fait de venir me trouver, et tu n’as pas d’ennuis. On signale les deux comptes à { $app }, et comme cette personne sait où tu vas, on va chercher plus d’aide. Rien de tout ça n’est ta faute.
contact-the-older-partner-adult-late = Merci de me le dire. Tu n’as pas d’ennuis, et rien de tout ça n’est ta faute : l’adulte, c’est { $older }, et c’était à { $older } de savoir. On garde les messages, on signale, et on cherchera plus d’aide s’il le faut.
contact-the-older-partner-pic-report-title = Signaler { $older }
contact-the-older-partner-pic-reason-adult = Un adulte qui écrit à une personne mineure
contact-the-older-partner-pic-reason-secret = Me demande de garder des secrets
contact-the-older-partner-pic-reason-meet = Pression pour un tête-à-tête
contact-the-older-partner-pic-attached = 6 captures
contact-the-older-partner-pic-send = Envoyer le signalement

contact-the-older-partner-end-safe = Tu as vu le schéma : un cadeau pour te culpabiliser, un secret, « juste nous ». Tu as dit non et tu en as parlé à { $adult }. Et l’invitation simple et sans pression de { $classmate } ? C’est ça, le respect.
contact-the-older-partner-end-safe-late = Bloquer n’a pas suffi, mais tu en as parlé à { $adult }. Les deux comptes sont signalés, quelqu’un veille sur toi, et tu n’as rien fait de mal.
contact-the-older-partner-end-recovered = C’est allé plus loin que tu voulais, mais tu as laissé revenir les gens qui tiennent à toi. { $adult } est au courant, tu ne portes plus ça sans personne, et rien de tout ça n’a jamais été ta faute.
contact-the-older-partner-end-harmful = Le secret pèse chaque jour un peu plus. Ce n’est pas ta faute : l’adulte, c’est { $older }. Il n’est jamais trop tard pour dire non, et pour en parler à un adulte de confiance ou à une ligne d’écoute.
