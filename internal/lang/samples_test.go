package lang

// Sentences written for these tests, news-like, in the languages lang must
// report as themselves. The long ones are whole paragraphs; the short ones
// headlines.
var samples = []struct {
	code  string
	long  []string
	short []string
}{
	{
		code: "es",
		long: []string{
			"El presidente del Gobierno anunció el martes un nuevo paquete de medidas para contener la subida de los precios de la energía, que según la oposición llega demasiado tarde.",
			"Miles de personas se manifestaron este domingo en el centro de Madrid para pedir la dimisión del alcalde, acusado de haber favorecido a una empresa constructora.",
			"La policía detuvo a tres hombres tras el robo de una joyería en Sevilla; los sospechosos huyeron en un coche que fue encontrado horas después cerca del puerto.",
			"Según el informe publicado por el banco central, la economía creció un dos por ciento en el último trimestre, impulsada por el turismo y las exportaciones.",
			"Los ministros de Asuntos Exteriores de la Unión Europea se reunirán en Bruselas para discutir las sanciones contra el régimen, pero no hay acuerdo entre los países del sur y del norte.",
			"El Ejército desplegó tropas en la frontera después de que un grupo armado atacara un puesto militar y matara a cuatro soldados.",
		},
		short: []string{
			"Sánchez gana las elecciones",
			"La inflación sube en España",
			"El Gobierno aprueba la reforma laboral",
			"Muere el cantante a los 80 años",
			"Incendio forestal en Galicia obliga a evacuar dos pueblos",
			"Detenido un exalcalde por corrupción",
			"Huelga de médicos en Madrid",
			"El paro baja por tercer mes consecutivo",
			"Trump amenaza con nuevos aranceles a México",
			"Protestas masivas contra la reforma de pensiones",
			"Nuevo récord de temperaturas este verano",
			"Los agricultores bloquean las carreteras",
		},
	},
	{
		code: "it",
		long: []string{
			"Il presidente del Consiglio ha annunciato martedì un nuovo pacchetto di misure per contenere l'aumento dei prezzi dell'energia, che secondo l'opposizione arriva troppo tardi.",
			"Migliaia di persone hanno manifestato domenica nel centro di Roma per chiedere le dimissioni del sindaco, accusato di aver favorito un'impresa edile.",
			"La polizia ha arrestato tre uomini dopo la rapina in una gioielleria di Napoli; i sospetti sono fuggiti su un'auto ritrovata qualche ora più tardi vicino al porto.",
			"Secondo il rapporto pubblicato dalla banca centrale, l'economia è cresciuta del due per cento nell'ultimo trimestre grazie al turismo e alle esportazioni.",
			"I ministri degli Esteri dell'Unione europea si riuniranno a Bruxelles per discutere delle sanzioni contro il regime, ma non c'è accordo tra i paesi del sud e quelli del nord.",
			"L'esercito ha schierato truppe al confine dopo che un gruppo armato ha attaccato un posto militare e ucciso quattro soldati.",
		},
		short: []string{
			"Meloni vince le elezioni",
			"Il governo approva la riforma",
			"Sciopero dei treni in tutta Italia",
			"Terremoto nelle Marche, nessuna vittima",
			"Incendio a Palermo, evacuate cento famiglie",
			"Arrestato l'ex sindaco per corruzione",
			"Sciopero dei medici negli ospedali",
			"La disoccupazione cala per il terzo mese",
			"Trump minaccia nuovi dazi contro la Cina",
			"Proteste contro la riforma delle pensioni",
			"Caldo record, allerta in dieci città",
			"Gli agricoltori bloccano le autostrade",
		},
	},
	{
		code: "pt",
		long: []string{
			"O presidente anunciou na terça-feira um novo pacote de medidas para conter a alta dos preços da energia, que segundo a oposição chega tarde demais.",
			"Milhares de pessoas se manifestaram neste domingo no centro de Lisboa para pedir a demissão do prefeito, acusado de ter favorecido uma empresa de construção.",
			"A polícia prendeu três homens após o assalto a uma joalheria em São Paulo; os suspeitos fugiram num carro que foi encontrado horas depois perto do porto.",
			"Segundo o relatório publicado pelo banco central, a economia cresceu dois por cento no último trimestre, impulsionada pelo turismo e pelas exportações.",
			"Os ministros das Relações Exteriores da União Europeia vão se reunir em Bruxelas para discutir as sanções contra o regime, mas não há acordo entre os países.",
			"O Exército enviou tropas para a fronteira depois que um grupo armado atacou um posto militar e matou quatro soldados.",
		},
		short: []string{
			"Lula vence as eleições",
			"Governo aprova reforma da previdência",
			"Inflação sobe pelo terceiro mês",
			"Não há acordo sobre o orçamento",
			"Incêndio florestal obriga a evacuar aldeias",
			"Ex-prefeito é preso por corrupção",
			"Greve dos médicos nos hospitais públicos",
			"Desemprego cai pelo terceiro mês seguido",
			"Trump ameaça com novas tarifas contra o Brasil",
			"Protestos contra a reforma da previdência",
			"Calor recorde atinge o Nordeste",
			"Agricultores bloqueiam as estradas",
		},
	},
	{
		code: "de",
		long: []string{
			"Der Bundeskanzler hat am Dienstag ein neues Maßnahmenpaket angekündigt, um den Anstieg der Energiepreise zu bremsen, das nach Ansicht der Opposition zu spät kommt.",
			"Tausende Menschen haben am Sonntag in der Berliner Innenstadt demonstriert und den Rücktritt des Bürgermeisters gefordert, dem die Bevorzugung einer Baufirma vorgeworfen wird.",
			"Die Polizei hat nach dem Überfall auf ein Juweliergeschäft in Hamburg drei Männer festgenommen; die Verdächtigen waren mit einem Auto geflohen, das Stunden später gefunden wurde.",
			"Laut dem Bericht der Zentralbank ist die Wirtschaft im letzten Quartal um zwei Prozent gewachsen, getragen vom Tourismus und von den Exporten.",
			"Die Außenminister der Europäischen Union treffen sich in Brüssel, um über Sanktionen gegen das Regime zu beraten, doch zwischen den Ländern gibt es keine Einigung.",
			"Die Armee hat Truppen an die Grenze verlegt, nachdem eine bewaffnete Gruppe einen Militärposten angegriffen und vier Soldaten getötet hatte.",
		},
		short: []string{
			"Scholz gewinnt die Wahl",
			"Streik legt Bahnverkehr lahm",
			"Regierung beschließt neue Steuern",
			"Inflation steigt weiter",
			"Waldbrand in Brandenburg: Dörfer evakuiert",
			"Ehemaliger Bürgermeister wegen Korruption verhaftet",
			"Ärzte streiken in ganz Bayern",
			"Arbeitslosigkeit sinkt den dritten Monat in Folge",
			"Trump droht mit neuen Zöllen gegen Europa",
			"Proteste gegen die Rentenreform",
			"Hitzerekord im Süden Deutschlands",
			"Bauern blockieren die Autobahnen",
		},
	},
	{
		code: "nl",
		long: []string{
			"De premier heeft dinsdag een nieuw pakket maatregelen aangekondigd om de stijging van de energieprijzen af te remmen, maar volgens de oppositie komt het te laat.",
			"Duizenden mensen hebben zondag in het centrum van Amsterdam gedemonstreerd om het aftreden van de burgemeester te eisen, die ervan wordt beschuldigd een bouwbedrijf te hebben bevoordeeld.",
			"De politie heeft drie mannen aangehouden na een overval op een juwelier in Rotterdam; de verdachten vluchtten in een auto die uren later bij de haven werd gevonden.",
			"Volgens het rapport van de centrale bank is de economie in het laatste kwartaal met twee procent gegroeid, gedreven door het toerisme en de export.",
			"De ministers van Buitenlandse Zaken van de Europese Unie komen in Brussel bijeen om over sancties tegen het regime te praten, maar er is geen akkoord tussen de landen.",
			"Het leger heeft troepen naar de grens gestuurd nadat een gewapende groep een militaire post had aangevallen en vier soldaten had gedood.",
		},
		short: []string{
			"Kabinet valt over stikstof",
			"Rutte stapt uit de politiek",
			"Staking bij de NS gaat door",
			"Nieuwe regering is er bijna",
			"Bosbrand in Drenthe: dorpen geëvacueerd",
			"Oud-burgemeester opgepakt voor corruptie",
			"Artsen leggen het werk neer",
			"Werkloosheid daalt voor de derde maand",
			"Trump dreigt met nieuwe heffingen tegen Europa",
			"Protesten tegen de hervorming van het pensioen",
			"Hitterecord in het zuiden van het land",
			"Boeren blokkeren de snelwegen",
		},
	},
	{
		code: "ar",
		long: []string{
			"أعلن رئيس الحكومة يوم الثلاثاء عن حزمة جديدة من الإجراءات للحد من ارتفاع أسعار الطاقة، وقالت المعارضة إنها جاءت متأخرة جدا.",
			"تظاهر آلاف الأشخاص يوم الأحد في وسط العاصمة للمطالبة باستقالة رئيس البلدية المتهم بمحاباة شركة بناء.",
		},
		short: []string{"الرئيس يلتقي وزير الخارجية", "انتخابات في تونس"},
	},
	{
		code: "ru",
		long: []string{
			"Во вторник председатель правительства объявил о новом пакете мер по сдерживанию роста цен на энергию, который, по мнению оппозиции, запоздал.",
			"Тысячи человек вышли в воскресенье на улицы в центре столицы, требуя отставки мэра, которого обвиняют в покровительстве строительной компании.",
		},
		short: []string{"Президент встретился с министром", "Выборы в Москве"},
	},
	{
		code: "zh",
		long: []string{
			"政府星期二宣布了一系列新的措施，以遏制能源价格的上涨，但反对派认为这些措施来得太晚了。",
			"数千人星期日在首都市中心举行示威，要求被指控偏袒一家建筑公司的市长辞职。",
		},
		short: []string{"总统会见外交部长", "北京举行选举"},
	},
	{
		code: "pl",
		long: []string{
			"We wtorek premier ogłosił nowy pakiet środków, które mają powstrzymać wzrost cen energii, ale według opozycji przychodzą one zbyt późno.",
			"Tysiące ludzi demonstrowało w niedzielę w centrum Warszawy, żądając dymisji burmistrza oskarżonego o faworyzowanie firmy budowlanej.",
		},
	},
	{
		code: "tr",
		long: []string{
			"Başbakan salı günü enerji fiyatlarındaki artışı durdurmak için yeni bir önlem paketi açıkladı, ancak muhalefete göre bu adımlar çok geç geldi.",
			"Binlerce kişi pazar günü başkentin merkezinde toplanarak bir inşaat şirketini kayırmakla suçlanan belediye başkanının istifasını istedi.",
		},
	},
	{
		code: "sv",
		long: []string{
			"Statsministern presenterade på tisdagen ett nytt åtgärdspaket för att bromsa de stigande energipriserna, men enligt oppositionen kommer det för sent.",
			"Tusentals människor demonstrerade på söndagen i centrala Stockholm och krävde att borgmästaren skulle avgå efter anklagelser om att ha gynnat ett byggföretag.",
		},
	},
	{
		code: "ro",
		long: []string{
			"Premierul a anunțat marți un nou pachet de măsuri pentru a opri creșterea prețurilor la energie, însă opoziția spune că acesta vine prea târziu.",
			"Mii de oameni au protestat duminică în centrul Bucureștiului, cerând demisia primarului acuzat că a favorizat o firmă de construcții.",
		},
	},
	{
		code: "uk",
		long: []string{
			"У вівторок прем'єр-міністр оголосив новий пакет заходів, щоб стримати зростання цін на енергію, але опозиція вважає, що це запізно.",
		},
	},
	{
		code: "ja",
		long: []string{
			"政府は火曜日、エネルギー価格の上昇を抑えるための新たな対策を発表したが、野党は遅すぎると批判している。",
		},
	},
	{
		code: "ko",
		long: []string{
			"정부는 화요일 에너지 가격 상승을 억제하기 위한 새로운 대책을 발표했지만 야당은 너무 늦었다고 비판했다.",
		},
	},
	{
		code: "el",
		long: []string{
			"Ο πρωθυπουργός ανακοίνωσε την Τρίτη ένα νέο πακέτο μέτρων για τη συγκράτηση της αύξησης των τιμών της ενέργειας.",
		},
	},
	{
		code: "fa",
		long: []string{
			"رئیس جمهور روز سه شنبه بسته جدیدی از اقدامات را برای کنترل افزایش قیمت انرژی اعلام کرد، اما مخالفان می گویند این کار خیلی دیر است.",
		},
	},
	{
		code: "he",
		long: []string{
			"ראש הממשלה הודיע ביום שלישי על חבילת צעדים חדשה לבלימת העלייה במחירי האנרגיה, אך האופוזיציה טוענת שהיא מאוחרת מדי.",
		},
	},
}
