/**
 * Other senses of the common professional skills' words, found by reading a random 40 mentions of
 * each of the 158 most often found (in three rounds: 53, 48, 57) over the 2,484 LiveCareer resumes
 * and the 6,606 postings, the labelled excerpts' documents left out: "the organization" is a body
 * of people, "reporting into the VP" whom one answers to, "shipping code" software released,
 * "Society for Human Resource Management" a society. A sense is kept when at least 15 mentions (10
 * in the later rounds) over the corpus show it and at least 80 % of a random 15 of them are wrong.
 * Each is read against the text around the mention with the mention written [[like this]]
 * (`OtherSense.marked`). A posting's own senses (its product, its teams, its offer) are in
 * understanding/analysis/posting-senses.ts. See docs/understanding.md, eighteenth session.
 */
import type { OtherSense } from './other-senses';

/**
 * A degree's field, as LiveCareer writes it ("Bachelor of Science : Business Administration",
 * "College of Business Administration", "BBA : Business Administration/Accounting , 2009 University
 * of Anchorage"): what someone studied, not a skill claimed (see degree-fields.ts).
 */
const DEGREE_FIELD =
  /(\bbachelor'?s?|\bmaster'?s?|\bassociate'?s?(?=\s+(of|in|degree)\b|\s*:)|\bb\.\s?s\.?|\bb\.\s?a\.?|\bbs\b|\bba\b|\bbba\b|\bmba\b|\bbsc\b|\bbsbm\b|\bb\.?e\b|\ba\.a\.s\.?|\bdegree|\bdiploma|\bmajor(ed)?|\bminor|\bconcentration|\bcoursework|\bemphasis(?=\s+in\b))(\s+(of|in))?(\s+(applied\s+)?(science|arts|fine arts|business administration))?(\s+degree)?(\s+\([A-Z.]+\))?\s*(:|,|-|\/|\bin\b|\bof\b|\s(?=\[\[))\s*[^\n[]{0,40}\[\[|\]\][^\n]{0,60}\b(universit\w*|college|institute|school of)\b|(universit\w*|college)\b[^\n[]{0,40}\[\[/i;

export const AUDITED_SENSES: readonly OtherSense[] = [
  // an address: "email recruitment@company.com"
  { skill: 'Recruiting', marked: /\]\]@/i },
  // a body of people: "the organization", "a nonprofit organization", "our engineering organization"
  {
    skill: 'Organization',
    marked:
      /\b(the|our|your|an|this|that|their|its|whole|entire|broader|wider|any|every|each|my|his|her)\s+([\w&-]+\s+){0,2}\[\[[oO]rganization\]\](?!\s*(skills?|abilit|of\b|and (time|planning|prioriti|communication)|,\s*(time|management|planning|prioriti|communication|and)))/,
  },
  // a named body: "Data Organization" in a list stays; "Engineering Organization", "organization-wide"
  {
    skill: 'Organization',
    marked: /\b[A-Z][\w&-]+[ ]+\[\[Organization\]\](?![/ ]*(and|&|skills))|\[\[organization\]\]-wide/,
  },
  // a body's name: "International Association of Dental Research"
  {
    skill: 'Research',
    marked:
      /(journal|institute|center|centre|council|consortium|society|foundation|association)\s+(of|for)\s+([\w&,-]+\s+){0,4}\[\[research\]\]/i,
  },
  // money spent: "capital investments", "return on investment", "our investment in"
  {
    skill: 'Investment management',
    marked:
      /(return\s+on|capital|technical|technology|engineering|marketing|long-term|substantial|significant|our)\s+\[\[investments?\]\]/i,
  },
  // a bank's business: "investment banking"
  { skill: 'Investment management', marked: /\[\[investments?\]\]\s+bank(ing|er|ers)?\b/i },
  // things kept track of: "network asset management", "IT asset management system"
  {
    skill: 'Investment management',
    marked:
      /(media|digital|it|enterprise|software|hardware|fixed|physical|facility|facilities|infrastructure|equipment|property|network|technology|plant)\s+\[\[asset\s*management\]\]|\[\[asset\s*management\]\]\s+(system|software|program|database|tool)/i,
  },
  // a book of clients: "managed a portfolio of 35 accounts"
  {
    skill: 'Investment management',
    marked:
      /\[\[managed\s+(a\s+)?portfolio\]\]\s+of\s+([\w$,+()[\]-]+\s+){0,3}(accounts|products|brands|units|sites|projects|athletes|initiatives|stores|customers|territor)/i,
  },
  // a product: "Salesforce Sales Cloud"
  { skill: 'Sales', marked: /\[\[sales\]\]\s+cloud/i },
  // whom one answers to: "Reporting into the VP of Operations", "reports to: Director" (not "prepared reports to the CFO")
  {
    skill: 'Reporting',
    marked:
      /\[\[([Rr]eport|[Rr]eports|[Rr]eporting|REPORTING)\]\]\s+(directly\s+)?(in)?to\s*(:|(the\s+|a\s+|an\s+|our\s+|their\s+|his\s+|her\s+)?([A-Z]|(ceo|cfo|coo|cto|cio|vp|svp|evp|vice|president|director|head|manager|lead|chief|founder|co-?founder|senior|sr\.?|general|owner|partner|principal|supervisor|superintendent|executive|engineering|me|him|her|them|you|one|someone)\b))/,
    except: {
      marked:
        /(prepar\w*|present\w*|deliver\w*|provid\w*|generat\w*|produc\w*|compil\w*|submit\w*|writ\w*|wrote|monthly|weekly|daily|quarterly|annual|financial|status|progress|written|the|and|of|all|these)\s+\[\[(report|reports)\]\]/i,
    },
  },
  // a perk's boilerplate: "one-on-one instruction, small group classes"
  { skill: 'Teaching', marked: /one-on-one \[\[instruction\]\], small group classes/i },
  // a role's heading: "Administrative Assistant / July 2009 to September 2014"
  {
    skill: 'Administrative support',
    marked:
      /(^\[\[administrative\]\] (assistants?|specialist|coordinator|associate|officer|secretary|manager|clerk|technician|aide|analyst|director|supervisor)\b|(\n|State ?|\d{4} ?)\[\[administrative\]\] (assistants?|specialist|coordinator|associate|officer|secretary|manager|clerk|technician|aide|analyst|director|supervisor)\b[^\n]{0,70}(Company Name|\b(19|20)\d\d\b|\n[^\n]{0,40}(\b(19|20)\d\d\b|Company Name)))/i,
  },
  // software released: "shipping code", "building and shipping features"
  {
    skill: 'Logistics',
    marked:
      /(\b(test(ing)?|develop(ing)?|build(ing)?|implement(ing)?|review(ing)?|writ(e|ing)|cod(e|ing)|execution|design(ing)?|decision making|deployment|builds|operation),? (and )?\[\[shipping\]\]|\[\[shipping\]\] (of )?(\w+ ){0,2}(software|code|features?|products?|projects?|apps?|applications?|models?|interfaces?|experiences?|fast|often|quickly|iteratively|updates?|releases?|while|and (maintaining|supporting|iterat\w+|operating)|, and (supporting|iteration|maintaining|debugging)|0 to 1))/i,
  },
  // media and events: "Media Production", "video production", "catering production"
  {
    skill: 'Manufacturing processes',
    marked:
      /((content|video|film|sheet|post|broadcast|music|audio|theat(re|er)|stage|event|print|tv|television|photo|media|live|creative|musical|show|dance|commercial|radio|digital|art|publication|editorial|newsletter|catering|on-site|theatrical|visual) \[\[productions?\]\]|\[\[productions?\]\] (shoots?|design|company|assistant|crew|studio|cycles?|house|coordinator|artists?)\b|(off-site|on and off-site|theatre|theater|stage|musical|broadcast|catering)[^.\n]{0,20}\[\[productions\]\])/i,
  },
  // other distributions: "power distribution", "distribution lists", "content distribution"
  {
    skill: 'Logistics',
    marked:
      /((power|electrical|electric|video|signal|content|media|dvd|film|music|payroll|data|linux|software|statistical|normal|exponential|probability|poisson|frequency|time|transmission\/|ac\/dc) \[\[distributions?\]\]|\[\[distributions?\]\] (lists?|groups?|\/security|sector|of (financial|information|funds|other financial|payments?)\b)|\[\[distributions\]\]|(post production|processing|ingestion|contribution|editing|packaging),? (and )?\[\[distributions?\]\])/i,
  },
  // other words: "employees engaged in sales", "related labor"
  { skill: 'Employee relations', marked: /\[\[employees?\s+engag(ed|e)\]\]|\[\[related (employees?|labor)\]\]/i },
  // the law: "administrative regulations", "administrative hearings", "administrative expenses"
  {
    skill: 'Administrative support',
    marked:
      /\[\[administrative\]\] (regulations?|law|code|rules|hearings?|procedures? act|leave|judge|appeals?|remed\w+|burden|overhead|costs?|expenses?|fees?)/i,
  },
  // records kept up: "data maintenance", "maintenance of records"
  {
    skill: 'Equipment maintenance',
    marked:
      /\[\[maintenance\]\] (and \w+ )?of (the |all |proper |accurate |daily |various |company |customer |client |employee |\w+ )?(books?|records?|accounts?|budgets?|database|databases|data|files?|spreadsheets?|excel|customer|client|vendor|master|websites?|web ?sites?|web pages?|software|code|systems? of|applications?|documents?|documentation|ledgers?|lists?|payroll|employee|personnel|policies|relationships?|contracts?|inventory|schedules?|calendars?|logs?|reports?)\b|(\b(books?|records?|accounts?|budgets?|database|databases|data|files?|spreadsheets?|excel|customer|client|vendor|master|websites?|web ?sites?|web pages?|software|code|systems? of|applications?|documents?|documentation|ledgers?|lists?|payroll|employee|personnel|policies|relationships?|contracts?|inventory|schedules?|calendars?|logs?|reports?)|creation|upkeep)(\/| )\[\[maintenance\]\]|(budget|database|account|file|record|records|data|website|software|code|application|system|spreadsheet|customer|client|vendor|policy|contract|payroll|master data|lawn|landscape|pool|yard|grounds) \[\[maintenance\]\]/i,
  },
  // directions followed: "supervisors' instructions"
  { skill: 'Teaching', marked: /(?<!one-on-one )(?<!classroom )(?<!training and )\[\[instructions\]\]/i },
  // one's own hours: "flexible schedule", "on-call schedule", "schedule rotation"
  {
    skill: 'Scheduling',
    marked:
      /(flexible|flexibility|non-traditional|inflexible|varied) (work )?\[\[schedules?\]\]|\[\[schedules?\]\] (flexibility|rotation)|\[\[schedule (rotation|to accommodate)|(participat\w+ in|join|be on|part of|participating in) (the |an? )?(rotational |production )*(on-call|on call) \[\[schedules?/i,
  },
  // an industry named: "in banking, manufacturing, healthcare and insurance industries"
  {
    skill: 'Manufacturing processes',
    marked:
      /(industr(y|ies)|sectors?|verticals?|markets)( served)?:? (such as|including|like|as varied as|includes?)?:?[^.\n]{0,80}\[\[(manufacturing|logistics|distribution|production)\]\]|\[\[(manufacturing|logistics|distribution)\]\],? (and |or )?(\w+,? ){0,6}(industries|verticals|sectors)\b/i,
  },
  // an industry named: "in banking, manufacturing, healthcare and insurance industries"
  {
    skill: 'Logistics',
    marked:
      /(industr(y|ies)|sectors?|verticals?|markets)( served)?:? (such as|including|like|as varied as|includes?)?:?[^.\n]{0,80}\[\[(manufacturing|logistics|distribution|production)\]\]|\[\[(manufacturing|logistics|distribution)\]\],? (and |or )?(\w+,? ){0,6}(industries|verticals|sectors)\b/i,
  },
  // a deadline met: "on schedule", "within schedule"
  {
    skill: 'Scheduling',
    marked:
      /\b((stay|stays|staying|stayed|be|is|are|remain\w*|kept|keep|keeping|budget,?|time,?|and|deliver\w*|complet\w*|finish\w*) on|ahead of|within|according to the given) (\w+ )?\[\[schedules?\]\]|\[\[schedules?\]\]\/timelines/i,
  },
  // pay received: "direct deposit"
  { skill: 'Cash management', marked: /direct\s+\[\[deposits?\]\]/i },
  // a statement or a valuation: "statement of cash flows", "discounted cash flow"
  {
    skill: 'Cash management',
    marked:
      /statements?\s+of\s+\[\[cash\s+flows?\]\]|\[\[cash\s+flows?\]\]\)?\s*(statements?\b|and\s+(income\s+statement|balance\s+sheet))|(income\s+statements?|balance\s+sheets?|P&L|P\/L|profit\s+(and|&)\s+loss)\)?,?\s*(and\s+|&\s*)?\[\[cash\s+flows?\]\](?!\s*(forecast|projection|management|analysis|monitor))|discounted\s+\[\[cash/i,
  },
  // a bank's product sold: "loan and deposit needs", "$20 million in new deposits"
  {
    skill: 'Cash management',
    marked:
      /(\bnew|\bcore|\bgrow\w*|\bincreas\w*|\bgenerat\w*|\battract\w*|\bacquir\w*|\bgather\w*|\$[\d.,]+\s*(million|mm|m|k|billion)?\s+in|\bloans?,?\s*(and|&))\s+\[\[deposits?\]\]|\[\[deposits?\]\]\s*(growth|accounts?|products?|portfolio|balances|goals|sales)/i,
  },
  // a debt or a perk: "student loan repayment"
  { skill: 'Loan processing', marked: /student\s+\[\[loans?\]\]/i },
  // a room's or a screen's arrangement: "store layout", "the layout of the base", "CSS layout"
  {
    skill: 'Graphic design',
    marked:
      /(\b(store|floor|facilit\w*|plant|equipment|site|survey\w*|construction|field|wiring|cables?|cabling|network|circuit\w*|schematics?|pcb|chip|mask|rf|top[- ]level|parasitic|screens?|files?|data|memory|css|flexbox|grid|float|responsive|adaptive|fluid|react|ios|android|rooms?|apartment|stairs?|rafters?|merchandis\w*|shelf|shelves|planograms?|kitchen|dining|catering|road|autocad|microstation|cad|blueprints?|warehouse|piping|machine|machinery|process flow|assembly|office|space|lot|park|forms?|ui|front[- ]end|component)\b[^\n]{0,40}\[\[layouts?\]\]|\[\[layouts?\]\][^\n]{0,40}\b(store|floor|facilit\w*|plant|equipment|site|survey\w*|construction|field|wiring|cables?|cabling|network|circuit\w*|schematics?|pcb|chip|mask|rf|top[- ]level|parasitic|screens?|files?|data|memory|css|flexbox|grid|float|responsive|adaptive|fluid|react|ios|android|rooms?|apartment|stairs?|rafters?|merchandis\w*|shelf|shelves|planograms?|kitchen|dining|catering|road|autocad|microstation|cad|blueprints?|warehouse|piping|machine|machinery|process flow|assembly|office|space|lot|park|forms?|ui|front[- ]end|component)\b)/i,
  },
  // rendering: "3D graphics, shaders", "graphics APIs"
  {
    skill: 'Graphic design',
    marked:
      /(3d|rendering|real-time)\s+\[\[graphics\]\]|\[\[graphics\]\]\s+(cards?|engines?|apis?|drivers?|pipelines?|programming|hardware|processing|data|engineering)|\[\[graphics\]\][^\n]{0,80}(gpu|opengl|vulkan|webgl|unreal|directx|shader)|(gpu|opengl|vulkan|webgl|unreal|directx|shader|hlsl)[^\n]{0,80}\[\[graphics\]\]/i,
  },
  // conformance: "met drawings and specifications"
  {
    skill: 'Technical documentation',
    marked:
      /\b(conform\w*|complian\w*|compl(y|ied|ies|ying)|accordance|according|adher\w*|meet|meets|met|meeting|per|within|(plans|drawings|blueprints|standards|tolerances)\s+(and|&))\s+((to|with|the|all|applicable|required|contract|customer|engineering|product|design|project|job|construction|stringent|established)\s+){0,3}\[\[(technical\s+)?specifications?\]\]/i,
  },
  // a product improved: "continuously improve our platforms"
  {
    skill: 'Process improvement',
    marked:
      /\[\[(continuous(ly)?|continual(ly)?)\s+improv(e|ing)\]\](?![^\n]{0,40}process)\s+(the\s+|our\s+|both\s+the\s+|[\w-]+(’|.)s\s+)?([\w-]+,?\s+){0,2}(products?|platforms?|features?|performance|functionality|ai|ml|models?|agents?|systems?|infrastructure|reliability|services?|applications?|apps?|experiences?|algorithms?|security|detections?|search|codebase|code|tools?|solutions?|offerings?|capabilities|software|website|ui|ux)\b/i,
  },
  // an employer's values: "an environment that emphasizes collaboration, continuous improvement"
  {
    skill: 'Process improvement',
    marked:
      /(\bwe\s+(value|believe\s+in|embrace|are\s+committed\s+to|foster|promote|prioritize|champion|love)|\bour\s+(culture|commitment|values?|team\s+values)|thrives?\s+in\s+(a|an|our)\s+[\w\s,-]{0,30}(culture|environment)|environment\s+that\s+(emphasizes|values|promotes|encourages)|culture\s+(that|which)\s+(values|emphasizes|promotes|encourages|embraces))[^\n.]{0,70}\[\[/i,
  },
  // a product, not a process: "product improvement"
  { skill: 'Process improvement', marked: /\[\[product\s+improvements?\]\]/i },
  // teaching or marketing material: "designed and developed curriculum"
  {
    skill: 'Engineering design',
    marked:
      /\[\[(design(ed|ing|s)?\s+and\s+develop\w*)\]\]\s+(of\s+)?(the\s+|a\s+|an\s+|all\s+|new\s+|relevant\s+|original\s+|effective\s+)?([\w-]+,?\s+){0,3}(training(?!\s+devices)|curricul\w*|courses?|workshops?|lessons?|marketing\s+(materials|campaigns?|collateral|strateg\w*|plans?)|campaigns?|brochures?|policies|appraisal|brand\w*|menus?|instruction\w*|e-?learning)/i,
  },
  // a verb: "help other teams build new capabilities"
  { skill: 'Team leadership', marked: /\[\[teams?\s+builds?\]\]/i },
  // hiring: "building a diverse team"
  {
    skill: 'Team leadership',
    marked:
      /\[\[build(ing)?\s+(a\s+)?(more\s+)?diverse\s+teams?\]\]|diverse\s+\[\[|\[\[build(ing)?\s+(a\s+)?teams?\]\][^\n]{0,30}(diverse|inclusive|where\s+every)/i,
  },
  // being supervised: "with little or no supervision"
  {
    skill: 'Team leadership',
    marked:
      /(\b(minimal|minimum|little|limited|less|no|without|close|lead|needing|requiring|independent\s+of)|\bunder\s+(the\s+)?((general|direct|close|lead)\s+)?|with\s+(the\s+)?minimum\s+of|little\s*(or|\/)\s*no)\s+\[\[supervision\]\]/i,
  },
  // a verb: "part of a high caliber team building the internal systems"
  {
    skill: 'Team leadership',
    marked:
      /(part\s+of\s+(a|the)|join(ing|s)?\s+(a|the|our)|lead\s+a|with\s+the|of\s+the|we.re\s+a|is\s+a|are\s+a)[ \t]+([\w-]+,?[ \t]+){0,4}\[\[team\s+building\]\][ \t]+(?!skills|activities|events|exercises|and\s+(leadership|motivation|training|socials))/i,
  },
  // a perk or a sport: "wellbeing coaching", "youth basketball coaching"
  {
    skill: 'Staff training',
    marked:
      /\b(wellness|wellbeing|well-being|career|professional|mental|health|life|1-1|1:1|executive|financial|nutrition\w*|fitness|access[ \t]+to|free|sports?|athletic|basketball|football|soccer|volleyball|baseball|softball|swim\w*|tennis|golf|youth)[ \t]+(and[ \t]+)?(\w+[ \t]+)?\[\[coaching\]\]/i,
  },
  // training received: "attends on-going staff development"
  {
    skill: 'Staff training',
    marked:
      /\b(attend\w*|participat\w*|received|complet(ed|ion\s+of)|took|undergo\w*|underwent|undergone)[ \t]+([\w-]+[ \t]+){0,3}\[\[(staff\s+training|training\s+programs?|employee\s+training|on-the-job\s+training|training\s+and\s+development|new\s+hire\s+training|staff\s+development)\]\]/i,
  },
  // the people in charge: "recommendations to Executive Leadership"
  {
    skill: 'Leadership',
    marked:
      /\b(?<!member\s)((with|to|support|meet|from|by|advisor\s+to|present\w*\s+to)[ \t]+(the[ \t]+|our[ \t]+|its[ \t]+)?(((senior|executive|business|development|tech|product|creative|design|security|engineering|materials|company|organi[sz]ational|qa\/ra|and|,)[ \t]*)+)?|for[ \t]+(the[ \t]+)?(senior|executive|security|tech|company)[ \t]+)\[\[leadership\]\](?![ \t]+(skills|abilit|qualit|experience|role|responsibilit|position|team\s+member|and\s+))/i,
  },
  // other people: "industry leaders", "community leaders"
  {
    skill: 'Leadership',
    marked:
      /\b(business|community|industry|organi[sz]ational|religious|civic|government|corporate|thought|discussion|political|world|market|faith|tribal|local|school|district|agency|executive|company|global|category|recognized)\s+\[\[leaders?\]\]/i,
  },
  // a department: "feedback to Product Management and Development"
  {
    skill: 'Product development',
    marked:
      /\[\[(product\s*(&|and)\s*design|product\s+management\s+and\s+development)\]\]|\b(with|to|from|alongside|and)[ \t]+(the[ \t]+|our[ \t]+)?\[\[product\s+development\]\][ \t]*(teams?|group|department|dept|organi[sz]ation)\b|\b(with|from|alongside)[ \t]+(the[ \t]+|our[ \t]+)?\[\[product\s+development\]\]/i,
  },
  // policies followed, not written: "in accordance with Company policies and procedures"
  {
    skill: 'Policy development',
    marked:
      /(adher\w*|comply\w*|complian\w*|accordance\s+(with|to)|according\s+to|follow\w*|enforc\w*|explain\w*|educat\w*|train\w*|advis\w*|knowledge\s+of|reinforc\w*|aware\w*\s+of|abid\w*\s+by|conform\w*|understand\w*|familiar\w*\s+with|interpret\w*|inform\w*\s+\w+\s+of|uphold\w*|monitor\w*|ensur\w*)\b[^\n[]{0,50}\[\[(polic(y|ies)\s+and\s+(procedures?|procedural)|sops?|standard operating procedures?)\]\]|\[\[(polic(y|ies)\s+and\s+procedures?)\]\]\s*(are|were|is)?\s*(met|followed|adhered)/i,
    except: {
      marked:
        /(develop|draft|creat|establish|writ|wrote|revis|updat|design|formulat|author|implement|institut|introduc)\w*[^\n[]{0,50}\[\[/i,
    },
  },
  // a fault fixed: "root cause and steps for effective issue resolution"
  {
    skill: 'Complaint resolution',
    marked:
      /(troubleshoot\w*|root cause|debug\w*|bugs?\b|outages?|incidents?)[^[\n]{0,60}\[\[[^\]]*(issue|problem|incident)[^\]]*\]\]|\[\[[^\]]*(issue|problem|incident)[^\]]*\]\][^\n]{0,60}(troubleshoot\w*|root cause|debug\w*|bugs?\b|outages?|incidents?)/i,
  },
  // a link: "(Nerdy AI Learning Products - Press Release)"
  {
    skill: 'Public relations',
    marked:
      /[-–(|]\s*\[\[press releases?\]\]\s*[)\]]|\[\[press releases?\]\]\s*\)|\(\s*\[\[press releases?\]\]|read (the|our|more)[^\n[]{0,20}\[\[press|\[\[press releases?\]\]\s*(here|link)/i,
  },
  // a society or a course: "PRSSA", "Public Relations and Journalism coursework"
  {
    skill: 'Public relations',
    marked:
      /\[\[[^\]]*\]\]\s+(student\s+)?(society|association|professionals|club|council|organization|institute)\b|(society|association|council|club|school|college|institute|organization)\s+(of|for)\s+([\w&]+\s+){0,3}\[\[|\(PRSA|PRSSA/i,
  },
  // attended, not organised: "participated in international trade show"
  {
    skill: 'Event planning',
    marked:
      /\b(attend(ed|ing|s)?|participat(e|ed|es|ing)\s+in|present(ed|ing|s)?\s+(at|and support)|exhibit(ed|ing|s)?\s+at|represent\w*[^\n[]{0,40}\bat|booths?\s+at|work(ed|ing)?\s+at)\b[^\n[]{0,40}\[\[(trade\s+shows?|marketing events|special\s+events?|events?)\]\]/i,
    except: { marked: /(coordinat|organi[sz]|plan|manag|arrang|host|execut)\w*[^\n[]{0,60}\[\[/i },
  },
  // security events: "Security Information and Event Management (SIEM)"
  {
    skill: 'Event planning',
    marked:
      /(security|information|siem)[^[]{0,20}\[\[event management\]\]|\[\[event management\]\][^\n]{0,30}(siem|security)/i,
  },
  // a society: "Society for Human Resource Management"
  { skill: 'Human resources', marked: /(society|association|council|institute)\s+(of|for)\s+\[\[human/i },
  // an employer's offer: "opportunities to build relationships with our customers and each other"
  { skill: 'Client relations', marked: /(opportunit\w+ to|started|start|help you)\s+\[\[build/i },
  // colleagues, not clients: "build relationships with people across engineering"
  {
    skill: 'Client relations',
    marked:
      /\[\[(build(ing)? relationships|relationship building|managed relationships|building relationships|relationship management)\]\][^\n]{0,25}\bwith\s+(our\s+|the\s+|your\s+|other\s+|fellow\s+|new\s+|key\s+|all\s+|international\s+|cross[- ]functional\s+|internal\s+)*(team|teams|teammates|colleagues|coworkers|co-workers|peers|staff\b|employees|members|managers|management|engineers|engineering|internal|stakeholders|leadership|people across|people in)/i,
    except: { marked: /\]\][^\n]{0,80}(customer|client|partner|vendor|agenc|external|patient|donor|communit)/i },
  },
  // signals: "digital communication analyzer", "communication systems"
  {
    skill: 'Communication',
    marked:
      /\[\[communications?\]\]\s*(systems?|equipment|networks?|protocols?|devices?|technolog\w*|infrastructure|lines?|links?|interfaces?|satellite|radio|channels?|platforms?|software|services?|layer|stack|bus|analyzer|expenses)\b|\b(data|radio|satellite|wireless|serial|network|digital|electronic|mobile|inter-?process|machine|real-time|optical|rf|voice|3g|4g|5g|computer)\s*[-/]?\s*\[\[communications?\]\]/i,
  },
  // a broadcaster's or a centre's programme: "regional programming", "youth programming"
  {
    skill: 'Software development',
    marked:
      /\b(tv|television|radio|broadcast|station|channel|recreation\w*|youth|children|kids|arts?|cultural|public health|health|museum|summer|community|church|family|wellness|fitness|group fitness|sports?|camp|music|holiday|on-campus|campus|regional|educational|library|student|coordinat\w*|event)\W+(\w+\W+){0,1}\[\[programming\]\]|\[\[programming\]\]\W+(\w+\W+){0,1}(for (youth|children|kids|students|families|seniors|members|residents|the community|patients|staff)|schedules?|handbook|and (events|activities))/i,
    except: { marked: /event[- ]driven|event[- ]based|(network|socket|concurrent|asynchronous)\W+(\w+\W+){0,1}\[\[/i },
  },
  // an adjective: "Spanish Club", "the Spanish market"
  {
    skill: 'Bilingual',
    marked:
      /\[\[spanish\]\]\s+(market|energy|club|culture|national|newspaper|historic|government|compan\w+|people|origin|descent)\b|\bthe\s+\[\[spanish\]\]\s+(?!(language|speaking|learner|curricul|teacher))/i,
  },
  // less than fluent: "conversational Spanish", "basic Spanish"
  {
    skill: 'Bilingual',
    marked:
      /\b(conversational|basic|elementary|intermediate|limited|some|working knowledge of|practical knowledge of|beginner|beginning|knowledge of|familiar\w* with|learning|studying|studied|minor in|novice|moderate|fair|understand\w*)\W+(\w+\W+){0,2}\[\[(spanish|multilingual)\]\]|\[\[spanish\]\]\W+\(?(conversational|basic|elementary|intermediate|limited|beginner|novice|moderate|fair|working)/i,
  },
  // a degree's field (see degree-fields.ts): "Bachelor of Science : Business Administration", "College of Business Administration"
  { skill: 'Administration and management', marked: DEGREE_FIELD },
  { skill: 'Accounting', marked: DEGREE_FIELD },
  { skill: 'Human resources', marked: DEGREE_FIELD },
  { skill: 'Communication', marked: DEGREE_FIELD },
  { skill: 'Public relations', marked: DEGREE_FIELD },
  { skill: 'Marketing', marked: DEGREE_FIELD },
  // The next 48 skills, read the same way (10 mentions at least):
  // "new business logic/models/requirements/processes" (new + business X), not winning new business: Create [[new business]] logic, leveraging RESTful API standards
  {
    skill: 'Business development',
    marked:
      /\[\[new business\]\]\s+(?:models?|requirements?|concepts?|processes|process|practices|needs|logic|rules|domains?|units?|features?|use[- ]cases?|capabilities|workflows?|verticals?)\b/i,
  },
  // "prioritizing X" = emphasising a value (privacy, safety, customer satisfaction), not managing one's time: Resolved all customer complaints in a professional manner while [[prioritizing]] customer satisfaction.
  {
    skill: 'Time management',
    marked:
      /\[\[prioriti[sz]ing\]\]\s+(?:the\s+|a\s+|their\s+|our\s+|your\s+|its\s+|strong\s+|both\s+)?(?:privacy|security|safety|speed|quality|user|users|customer|customers|client|seamless|simplicity|performance|reliability|scalability|accessibility|instant|work-life|what|people|employee|employees|health|well-?being|sustainability|diversity|inclusion|transparency|for impact|impact|observability|innovation|growth|long-term|patient|patients|student|students|excellence|accuracy|efficiency|mental)\b/i,
    except: {
      marked:
        /\[\[prioriti[sz]ing\]\]\s+(?:the\s+)?(?:customer|client|user)s?\s+(?:issues|requests|tickets|needs|feedback|calls|orders|accounts|inquir)/i,
    },
  },
  // degree field of study ("Associate of Applied Science : Computer Networking"): Associate of Applied Science : [[Computer Network]] Systems , December 2009 ITT Technical Institute
  {
    skill: 'Network administration',
    marked:
      /(?:(?:\b(?:Bachelor(?:'?s)?(?: of [A-Z][\w ]{0,40}?)?|Masters?(?:'s)?(?: of [A-Z][\w ]{0,40}?)?|Associate (?:of|in) (?:Applied )?(?:Science|Arts)s?(?: \(AAS\))?|Associate Degree|B\.S\.?|B\.A\.?|M\.S\.?|M\.A\.?|MBA|BBA|AAS|BSc|MSc|Diploma|Concentration|Major|Minor|Emphasis|Degree)\s*(?:in\s+|:\s*|,\s*|\s)(?:[A-Z][\w&]*\s*(?:&\s*|and\s+|\/\s*|,\s*)?){0,4}\[\[|\b(?:Courses|Coursework|Courses taken|[Cc]ourses in|[Cc]oursework in)\b[^\n]{0,80}\[\[|\]\][^\n]{0,25}\b(?:Emphasis|Concentration)\b)|(?:University|College|Institute|School)\b[^\n]{0,40}City\s*,\s*State\s*(?:,\s*(?:USA?|India)\s*)?\[\[)/,
    except: {
      marked: /(?:Certifi\w+|CAPM|PMP)[^\n]{0,20}\[\[|\]\][^\n]{0,20}(?:Certifi\w+|\(CAPM\)|\(PMP\)|Professional)/,
    },
  },
  // degree field / concentration / course name ("MBA : Project Management", "Courses: ..., Project Management"): Masters of Business Administration : [[Project Management]] 2011 NOVA SOUTHEASTERN UNIVERSITY
  {
    skill: 'Project management',
    marked:
      /(?:(?:\b(?:Bachelor(?:'?s)?(?: of [A-Z][\w ]{0,40}?)?|Masters?(?:'s)?(?: of [A-Z][\w ]{0,40}?)?|Associate (?:of|in) (?:Applied )?(?:Science|Arts)s?(?: \(AAS\))?|Associate Degree|B\.S\.?|B\.A\.?|M\.S\.?|M\.A\.?|MBA|BBA|AAS|BSc|MSc|Diploma|Concentration|Major|Minor|Emphasis|Degree)\s*(?:in\s+|:\s*|,\s*|\s)(?:[A-Z][\w&]*\s*(?:&\s*|and\s+|\/\s*|,\s*)?){0,4}\[\[|\b(?:Courses|Coursework|Courses taken|[Cc]ourses in|[Cc]oursework in)\b[^\n]{0,80}\[\[|\]\][^\n]{0,25}\b(?:Emphasis|Concentration)\b)|(?:University|College|Institute|School)\b[^\n]{0,40}City\s*,\s*State\s*(?:,\s*(?:USA?|India)\s*)?\[\[)/,
    except: {
      marked: /(?:Certifi\w+|CAPM|PMP)[^\n]{0,20}\[\[|\]\][^\n]{0,20}(?:Certifi\w+|\(CAPM\)|\(PMP\)|Professional)/,
    },
  },
  // "speaking" = language proficiency / talking with customers, not presenting: Good at English ([[speaking]], reading and writing)
  {
    skill: 'Presentation skills',
    marked:
      /(?:\b(?:English|Spanish|French|German|Arabic|Japanese|Chinese|Mandarin|Malay|Hindi|Urdu|Portuguese|Italian|Russian|Korean|Languages?|[Ff]luent(?:ly)?|[Pp]roficient in)\b[^\n.;]{0,40}\[\[speaking\]\]|\(\s*(?:writing\s+and\s+)?\[\[speaking\]\]|\[\[speaking\]\](?:\s*(?:,|and)\s*(?:reading|writing|written))*\s*,?\s*(?:and\s+)?(?:in\s+)?(?:both\s+)?(?:English|Spanish)\b|\[\[speaking\]\]\s+with\s+(?:\w+\s+)?(?:customers|clients|dealers|patients|guests|callers|vendors)|\b(?:[Ll]istening|[Rr]eading),?\s+and\s+\[\[speaking\]\])/,
  },
  // food/plate presentation (culinary), also financial-statement presentation: Monitored quality, [[presentation]] and proper quantities of plated food across line.
  {
    skill: 'Presentation skills',
    marked:
      /(?:\b(?:food|plate|plating|menu|dish(?:es)?|meals?|buffet|garnish\w*|preparation|prep|cooking|cook|recipes?|portion\w*|taste|flavou?r)(?:\s+\w+)?\s*(?:,\s*|and\s+|&\s+|\/\s*)+(?:\w+\s*(?:,\s*|and\s+|&\s+)+)?\[\[presentations?\]\]|\[\[presentations?\]\]\s+(?:specifications|standards|of\s+(?:all\s+)?(?:the\s+)?(?:food|dishes|meals|plates|menu)|and\s+(?:taste|quality|flavou?r|portion\w*|plating|sanitation|cleanliness|garnish\w*|proper quantities|quantities)))/i,
    except: { marked: /\bproposals?\b/i },
  },
  // candidate sourcing in recruiting, not purchasing: Managed full cycle recruitment process, [[sourcing]] of resumes through internal and external sources
  {
    skill: 'Purchasing',
    marked:
      /(?:\b(?:recruit\w*|candidates?|resumes?|talent|hiring|interview\w*|job portals?|screening|on-?boarding|on boarding|placements?|applicants?)\b[^\n]{0,100}\[\[sourcing\]\]|\[\[sourcing\]\][^\n]{0,100}\b(?:recruit\w*|candidates?|resumes?|talent|hiring|interview\w*|job portals?|screening|on-?boarding|on boarding|placements?|applicants?)\b)/i,
    except: {
      marked:
        /\b(?:suppliers?|vendors?|procurement|materials|commodit\w+|merchandis\w+|manufactur\w+|buyers?|purchas\w+)\b/i,
    },
  },
  // 'Culinary Arts' as degree/diploma/program/school name in Education: "omoted to Winery Chef in 2007. / Education / Bachelors Degree : [[Culinary Arts]] and Hospitality Management"
  {
    skill: 'Food preparation',
    marked: /\[\[culinary arts\]\]/i,
    except: { marked: /(?:knowledge (?:in|of)|passion for|director of)[^\n[]{0,50}\[\[culinary arts\]\]/i },
  },
  // 'Culinary' inside a school/academy/association/certificate/degree name: ", SOP, Supervision / Education / Diploma : Culinary Arts 1 2003 [[Culinary]] Academy of South Dakota , C"
  {
    skill: 'Food preparation',
    marked:
      /\[\[culinary\]\]\s*(?:Institute|Instituted|Academy|School|schools|College|Alliance|Club|Classic|Technical|Certificate)\b|\b(?:Associate|Bachelor|Diploma|Certificate|B\.P\.S|AOS|Degree|GED)\b[^\n[]{0,40}:\s*(?:\w+\s+)?\[\[culinary\]\]|\bstud(?:y|ied|ying)\s+\[\[culinary\]\]/i,
  },
  // server describing menu cooking methods to guests: "various menu items are prepared, describing ingredients and [[cooking]] methods. / Prepare tables for"
  { skill: 'Food preparation', marked: /\b(?:explain|describ)\w*[^\n[]{0,60}\[\[cooking\]\]/i },
  // cleaning food-prep areas / cooking surfaces (noun modifier, janitorial task): "urn or stir foods to ensure even cooking. / Inspect and clean [[food preparation]] areas, such as equipment an"
  {
    skill: 'Food preparation',
    marked:
      /\b(?:clean|sanitiz|wash|scrub|wip|inspect|mop|sweep)\w*[^\n\]]{0,60}\[\[(?:cooking|food preparation|food prep|prep|culinary)\]\]\s+(?:surfaces?|areas?|tools|utensils|equipment|stations?|supplies|appliances)\b/i,
  },
  // another department one works with (the Security team): "d Access Management activities. /  / You will need to work with [[Cyber Security]] teams, service desk leads,"
  {
    skill: 'Cybersecurity',
    marked:
      /\b(?:with|alongside|by|and)\s+(?:[\w'’-]+\s+){0,4}?\[\[[^\]]+\]\]\s+(?:teams?|department|group|organization|partners|stakeholders)\b/i,
    except: { marked: /(?:other )?members of the \[\[/i },
  },
  // weather forecasts (employer product/data), not business forecasting: "and flight crews / Interpret both current weather and weather [[forecasts]] provided by the FAA / Familia"
  { skill: 'Forecasting', marked: /(?:weather|AccuWeather)\s+\[\[forecast\w*\]\]/i },
  // data/reports/tools that support OTHERS' decision-making (not the person's own): "g etc along with tensorflow for more advanced modelling for [[decision making]] /  /  _ _You will be working in"
  {
    skill: 'Decision making',
    marked:
      /\b(?:enabl\w*|support\w*|empowering|empowers?|facilitat\w*|enhanc\w*|aid|aids|aided|aiding|inform|informs|informed|informing|power|powers|powering|fuel\w*|help|helps|helped|helping|improv\w*|accelerat\w*|advanc\w*|underpin\w*)\s+(?:[\w'’,&/-]+\s+){0,5}?\[\[(?:decision[- ]?making|decisionmaking|making decisions)\]\]/i,
    except: {
      marked:
        /(?:technical|architectural|technological|engineering|design|product)\s+\[\[|empowered and|streamlined \[\[/i,
    },
  },
  // degree field of study (BA: Communications, Mass Communications): "ruary 2010 / Mercy College City , State Bachelor of Science : [[Corporate Communications]] Corporate Communications / Sk"
  {
    skill: 'Communications',
    marked:
      /(?:\b(?:B\.?A|B\.?S|M\.?A|M\.?S|A\.?A|BBA|Bachelors?|Masters?|Associates?|Associate's|Bachelor's|Master's|Degree|Diploma|Minor|Major|majored|majoring|concentration|emphasis|Certificate)\b[^\n[]{0,50}(?:\s:|:|\bin|\bof)\s*(?:[A-Z][\w&]*\s+){0,3}\[\[[^\]]+\]\])|(?:Mass|Speech|Journalism and|Journalism &|School of|College of|Department of|Dept\.? of)\s+\[\[[^\]]+\]\]|(?:University|College|Institute)\b[^\n[]{0,25}City\s*,\s*State(?:\s*,\s*[\w.]+){0,2}\s*(?:\/\s*)?\[\[/i,
  },
  // telecom/data/radio communications (engineering sense): "are developed and be able to execute testing from low-level / [[communications]] protocols to backend databa"
  {
    skill: 'Communications',
    marked:
      /\[\[communications\]\][,]?\s+(?:and\s+)?(?:equipment|systems?|networks?|infrastructure|satellite|radio|towers?|circuits?|protocols?|links?|technician|cables?|devices|electronics|hardware|security|gear|lines?|interfaces?|engineering)\b|\b(?:radio|VHF|UHF|HF|satellite|tactical|wireless|electronic|electronics|electrical|voice|secure|telecom|military|fiber|RF|optical|data|network|computer|computers)\W{1,3}(?:and\s+)?\[\[communications\]\]/i,
    except: { marked: /\[\[communications\]\],?\s+and\s+sales/i },
  },
  // company / product names (Charter Communications, Cision Communications Cloud, Unified Communications): "rary (ITIL) Foundation Certified Implementing Cisco Unified [[Communications]] Manager, Part 1 8.0 / Support"
  {
    skill: 'Communications',
    marked:
      /\b(?:Charter|Cox|Qwest|Twilio|Nuance|Verizon|Windstream|Frontier|Level 3|L3|L-3|Sprint|Cision|Unified|AI-driven)\s*\/?\s*\[\[[Cc]ommunications\]\]/,
  },
  // writing code/tests/queries (programming), not prose writing: "cience (or equivalent) /  / **Desired** **:** /  /   * Knowledge of [[writing]] infrastructure as code (IaC"
  {
    skill: 'Writing',
    marked:
      /\[\[writing\]\](?:[,/]?\s*(?:and|or|&)?\s*\w+ing\b)*[,]?\s+(?:[\w./+#*-]+\s+){0,3}?(?:code|tests\b|testing\b|test\b(?!\s+(?:documentation|plans?|cases?|strateg))|queries|query|SQL|T-SQL|scripts?|Python|Java|JavaScript|TypeScript|Golang|Swift|Rust|C\+\+|CSS|HTML|Terraform|stored procedures?|pipelines?|DAGs|Gherkin|DDL'?s|Kubernetes|detections|infrastructure|software|APIs?|functions|unit)\b/i,
    except: { marked: /documentation \[\[writing\]\]/i },
  },
  // 'report writing' = building BI reports in SSRS/Crystal: "ation project. / Generate SQL for data population and complex [[report writing]] using PL/SQL and Crystal Re"
  {
    skill: 'Writing',
    marked:
      /\[\[report writing\]\]\s+tools|(?:SSRS|Crystal Reports?|DevExpress|Business Objects|Cognos|T-SQL|queries)\b[^\n[]{0,60}\[\[report writing\]\]|\[\[report writing\]\][^\n]{0,50}(?:SSRS|Crystal Reports?|Business Objects|Cognos)/i,
  },
  // pronoun 'it' read as IT ('supporting it', 'make it support'); 'our desktop application': "to grow our engineering team responsible for developing and [[supporting our desktop]] application used to deliver"
  { skill: 'Technical support', marked: /\[\[[^\]]*\bit\b[^\]]*\]\]|\[\[supporting our desktop\]\]\s+app/ },
  // teacher helping students develop (learning) strategies: "s to encourage student participation. / Supported students in [[developing strategies]] for individual needs and cl"
  {
    skill: 'Strategic planning',
    marked: /\b(?:students?|children|clients?|patients?)\s+(?:in|with|to)\s+\[\[develop\w*\s+strateg/i,
  },
  // attending/completing workshops or training sessions (receiving, not delivering): self Coding CPT and ICD-9 HCPCS Attending Medicare/Medi-Cal [[workshops]] and Updating of the Billing System. W
  {
    skill: 'Training delivery',
    marked: /\b(attend(ed|ing|s)?|participat(e|ed|es|ing) in|complet(ed|ing))\b[^.\n\]]{0,40}\[\[/i,
  },
  // one's own learning and development (receiving): asks with enthusiasm and passion. Actively pursued personal [[learning and development]] opportunities. Strategically schedule
  { skill: 'Training delivery', marked: /(personal|self[- ]directed)\s+\[\[(learning|L&D)/i },
  // degree's field of study (e.g. 'Bachelor of Science : Finance'): er University - City , State Management M.B.A : Marketing & [[Finance]] , 1978 Xavier University - City , Sta
  {
    skill: 'Finance',
    marked:
      /\b(B\.?S\.?|B\.?A\.?|BBA|M\.?B\.?A\.?|M\.?S\.?|M\.?A\.?|Bachelor'?s?|Masters?|Associate|Degree|Diploma|Major|Minor|Concentration)\b( (of|in) [A-Za-z ]+?)?( \([A-Z]+\))?\s*[:,-]\s*[^\n[]{0,50}\[\[finances?\]\]/i,
    except: { marked: /\bMBA,\s+(\w+(\s\w+)?,\s+){0,3}\[\[/i },
  },
  // perk: 'benefits to support your health, finances': ab will support you** * Benefits to support your health, [[finances]], and well-being * All remote, async
  { skill: 'Finance', marked: /\byour\s+(health,\s+)?\[\[finances?\]\]/i },
  // degree's field of study (e.g. 'BA : Advertising & Public Relations'): ne 2007 Degree , Advertising and Public Relations July 2011 [[Advertising]] and Public Relations DIGITAL: SEO, SE
  {
    skill: 'Advertising',
    marked:
      /\b(B\.?S\.?|B\.?A\.?|BBA|M\.?B\.?A\.?|M\.?S\.?|M\.?A\.?|Bachelor'?s?|Masters?|Associate|Degree|Diploma|Major|Minor|Concentration)\b( (of|in) [A-Za-z ]+?)?( \([A-Z]+\))?\s*[:,-]\s*[^\n[]{0,50}\[\[advertising\]\]/i,
    except: { marked: /\bMBA,\s+(\w+(\s\w+)?,\s+){0,3}\[\[/i },
  },
  // other people: real estate agents/developers one works with (lender, insurer, designer): y. Developed and maintained strong relationships with local [[real estate]] agents and small business owners. Sup
  {
    skill: 'Real estate',
    marked:
      /\b(with|partner\w*|relationships?|network|referrals?|educate\w*|base of|between|including|among)\b[^.\n[]{0,60}\[\[(real\s*estate|property\s*management)\]\]\s+(agents?|brokers?|developers|investors|companies|firms|professionals|attorneys|lenders)\b/i,
  },
  // a company's industry or a school/office name ('a commercial real estate developer'): utoCAD for Walgreens, Chipotle, and Aspen Dental for use by [[Real Estate]] Developers and Property Investors. Pe
  {
    skill: 'Real estate',
    marked:
      /\b(a|an|the|is|multiple|for|of)\s+([\w-]+,?\s+){0,4}\[\[(real\s*estate|property\s*management)\]\]\s+([\w-]+\s+)?(company|companies|firm|firms|brokerage|developer|developers|group|trust|REIT|corporation)\b|\[\[real\s*estate\]\]\s+(school|offices)\b/i,
    except: { marked: /\b(owned|own|founded|started)\b[^.\n]{0,20}\[\[/i },
  },
  // scanner in another sense: vulnerability/security, barcode/RF/price (POS), baggage, ballot, 3D: process time by researching and recommending new hand-held [[scanners]] then customizing the Inventory Worksh
  {
    skill: 'Office equipment',
    marked:
      /(vulnerabilit\w*|security|compliance|SAST|DAST|code|container|port|network|malware|virus|secret|dependency|web|bar\s*-?code|RF|UPC|price|optical|handheld|hand-held|baggage|body|x-ray|MRI|CT|PET|ultrasound|3D|laser|POS|retail|ballot|cash registers?,?[^.\n]{0,30})\s*\[\[scanners?\]\]|\[\[scanners?\]\]\s*(to ring|and scales|guns?|that reads)/i,
  },
  // metaphor in employer self-description ('the operating system for every dental office'): ng utilities to provide excellent customer experiences, our [[operating system]] for energy is transforming the indust
  {
    skill: 'Operating systems',
    marked:
      /\[\[operating system\]\]\s+(for (every|energy|all|the \w+ industry)\b|of our company|that brings together)/i,
  },
  // 'excel' the verb ('excel in fast-paced settings'): ission-driven organization where opportunities to learn and [[excel]] are endless, then Binance is the plac
  {
    skill: 'Microsoft Excel',
    marked:
      /\[\[excel\]\]\s+(in|at|under|within|beyond|with ownership|while|are endless)\b|\b(learn|grow|develop|thrive|succeed|contribute) and \[\[excel\]\]/,
  },
  // 'office' as a place/unit/job title or another product ('Office Manager', 'Joint Program Office', 'Office Engineer'): rotected Vehicle (MRAP). Coordinated with the Joint Program [[Office]] system safety and engineering staffs
  {
    skill: 'Microsoft Office',
    marked:
      /\b(home|central|credentialing|copyright|program|electronic|3D|PowerChart|front|back|post|box|regional|head|district|branch|field|main|corporate|dental|medical|doctor'?s|law|business|county|state|federal|project|home-based|physician|provider)\s+\[\[office\]\]|\[\[office\]\]\s*(\/Field\s+)?(Engineers?|staff|Master|Business Certificate|Application|Writer|manager|clerk|assistant|administrator|coordinator|supervisor|equipment|supplies|machines|procedures|duties|work|personnel|of the|at the|in the)\b/i,
  },
  // 'access' the noun/verb (Identity & Access Management, Data Access Layer, access the network): or SailPoint Engineer will be part of the global Identity & [[Access]] Management team to support our SailPo
  {
    skill: 'Microsoft Access',
    marked:
      /\b(Identity\s*(&|and)?|Network|Data|Database|Fileshare|File|User|Remote|Open|Special|Physical|Badge|Door|Security|Internet|Email|Account)\s+\[\[access\]\]|\[\[access\]\]\s+(the|control|rights|levels?|points?|cards?|management|requests?|layer|privileges|permissions)\b|accounts and \[\[access\]\]/i,
  },
  // non-food sanitation (hospital rooms, residences, classrooms, refuse collection, CNA hygiene): ar inspections of resident, ancillary, and common areas for [[sanitation]], order, safety, and comfortable envir
  {
    skill: 'Food safety',
    marked:
      /(hospital|operating room|patients?|residents?\b|resident areas|classroom|toys|shoe|merchandise|CNA|hygiene|OSHA|rooms|housekeeping|janitorial|restrooms?|city|county|public works|waste|refuse|garbage|trash|landfill|sewer|water)[^\n]{0,80}\[\[sanitation\]\]|\[\[sanitation\]\][^\n]{0,60}(hospital|operating|patients?|residents?\b|classroom|toys|shoe|merchandise|OSHA|rooms|housekeeping|janitorial|restrooms?|engineer|department|worker|truck|waste|refuse|garbage|trash|landfill|sewer|water)/i,
    except: {
      marked:
        /food|kitchen|restaurant|cook|chef|meal|dining|culinary|HACCP|servsafe|dish|bakery|menu|grill|beverage|catering|cafeteria|deli\b|produce|meat|\bbar\b/i,
    },
  },
  // The next 57 skills (10 mentions at least):
  // cooking by/following recipes or planned menus (line-cook execution), not planning menus: pare them for later use. Prepare dough, following [[recipe]]. Education and Training High
  {
    skill: 'Menu planning',
    marked:
      /\b(follow(ing|ed|s)?|in compliance with|according to|in accordance with|adhere(d|nce)? to|adhering to|consistent with) (the |all )?(standard(ized)? |established |company |written |given |set |planned |specific |exact |prescribed |approved |day to day )?\[\[(recipes?|menus?)\]\]|\bproper \[\[recipes?\]\]/i,
  },
  // 'lead/leading development' = leading software development, not sales leads: n broadcast media, and 10+ years of experience in [[leading development]] teams (20+ engineers), hiring
  {
    skill: 'Lead generation',
    marked:
      /\[\[leading\s+development\]\]|\[\[lead\s+development\]\]\s+(of|efforts?|teams?|projects?|for|based|and deploy)|\b(will|you.ll|to|you will)\s+\[\[lead\s+development\]\]|development or \[\[lead development\]\]/i,
  },
  // law school/college/journal/firm names and law-degree lines: bai – State , India Mar'11 LLB : Law City India [[Law]] Labor Laws, Constitutional la
  {
    skill: 'Law',
    marked:
      /(school|college|faculty|university|center|centre|institute) of \[\[law\]\]|\[\[law\]\] (school|college|center|centre|institute|library|review|journal|society|clinic|firm|office)s?\b|(bachelor|master|doctor|degree|b\.?a\.?|j\.?d\.?|ll\.?b\.?)\b[^/\n]{0,30}\[\[law\]\]/i,
  },
  // drafting documents (contracts, memos, letters, policies), not technical drawing: ures in U.S. history. Developed writing skills by [[drafting]] over forty memorandums that s
  {
    skill: 'Drafting',
    marked:
      /\[\[drafting\]\][ \t]*(,|\/|and|&)?[ \t]*(editing|reviewing|review|proofreading|writing|negotiat|correspondence|vetting)|(editing|reviewing|review|writing|negotiation|researching|research|preparation|preparing|proofreading|formulating)[ \t]*(,|\/|and|&)[ \t]*\[\[drafting\]\]|\[\[drafting\]\][ \t]+(of[ \t]+|the[ \t]+|and[ \t]+\w+[ \t]+|\w+[ \t]+){0,2}(memo|memorand|letters?\b|contracts?|correspondence|proposals?|reports?|polic|legal|agreements?|press releases?|grants?|minutes|briefs?|pleadings?|motions?|emails?|speech|articles?|publications?|resolutions?|legislation|bills?\b|opinions?|manuals?|procedures|sops?\b|operating instructions|rfps?|scripts?|newsletters?|responses?|notices?|content\b|copy\b|business plans?|budgets?|deeds?|wills?\b|leases?|filings?|complaints?|summar|statements?|roadmap documentation|standard documentation|issues)/i,
  },
  // two-way/military radio equipment and RF, or RadioShack; not broadcasting: ng payment and exchanges, and security practices. [[Radio]] Shack November 2013 to Januar
  {
    skill: 'Broadcasting',
    marked:
      /\[\[radios\]\]|\[\[radio\]\]\s*(frequenc|communications?\b|operat|equipment|systems?\b|technician|repair|dispatch|traffic|procedures|checks?\b|net\b|log\b|comms?\b|transceiver|sets?\b|shack)|(two[- ]way|2[- ]way|handheld|hand[- ]held|portable|motorola|vhf|uhf|hf|military|tactical|ham|mobile|police|field|marine|satellite|secured) \[\[radios?\]\]/i,
  },
  // 'law enforcement' (policing/agency), not legal practice: March 2016 University of Phoenix – City , State [[Law]] Enforcement Organizations Ass
  { skill: 'Law', marked: /\[\[law\]\]\s*enforcement/i },
  // Amazon EMR (Elastic MapReduce) in a cloud/big-data stack: we make significant use of S3, RDS, Kinesis, EC2, [[EMR]], ElastiCache, ElasticSearch a
  {
    skill: 'Electronic health records',
    marked:
      /(AWS|Amazon|S3|EC2|Redshift|Kinesis|RDS|SQS|Athena|Glue|Lambda|Spark|Hadoop|HDFS|Airflow|Hive|Presto|Flink|Dataflow|MapReduce|EKS|ElastiCache|Kafka|Big Data)[^\n]{0,60}\[\[EMR\]\]|\[\[EMR\]\][^\n]{0,40}(AWS|Amazon|S3|EC2|Redshift|Kinesis|RDS|SQS|Athena|Glue|Lambda|Spark|Hadoop|HDFS|Airflow|Hive|Presto|Flink|Dataflow|MapReduce|EKS|ElastiCache|Kafka|Big Data)/,
  },
  // teaching/lesson-planning in line with an existing state/school curriculum (follows, does not develop): e things they should be learning according to the [[curriculum]] at that age range while also
  {
    skill: 'Curriculum development',
    marked:
      /(in accordance with|in line with|according to|requirements of|adherence to|adhering to) (the )?((state|school|district|school-wide|district-wide|established|mandated|prescribed) )?\[\[curriculum\]\]|(accordance|line) with state curriculum and school(-wide)? \[\[curriculum\]\]|\[\[curriculum\]\] established/i,
  },
  // 'system integrity' (security/data integrity), not the systems-engineering discipline: em. Peer review codes to validate correctness and [[integrity of the system]]. Perform Unit test, Integrati
  { skill: 'Systems engineering', marked: /\[\[(system integrity|integrity of (the|our) systems?)\]\]/i },
  // 'epic' adjective/Jira epic/Epic Games; chart-drawing libraries; French verb 'cerner': rtists, and 3D artists to create an immersive and [[epic]] experience.     **RESPONSIBIL
  {
    skill: 'Electronic health records',
    marked:
      /\[\[epic\]\]|\[\[Epic\]\] Games|\[\[charting\]\] (librar|API|primitives)|React \[\[charting\]\]|\[\[charting\]\] the right|\b(les|bien) \[\[cerner\]\]/,
  },
  // CAD = Canadian dollars/Canada, Certified Application Developer, Computer-Aided Dispatch: Reporting System, Mobile Computer Aided Dispatch ([[CAD]]) System, Wants/Warrants Syste
  {
    skill: 'Drafting',
    marked:
      /(Salary|cited below in|amounts? in|paid in|expressed in|remote|USD|Canada|Canadian)\W{0,4}\[\[CAD\]\]|\[\[CAD\]\] ?(~?\$|\d|or US\b|dollars)|(Developer|Dispatch) \(\[\[CAD\]\]\)/,
  },
  // 'product-market fit' (company maturity statement): ncially stable Series D company, with a validated [[product market]] fit and a massive future mark
  { skill: 'Product marketing', marked: /\[\[product[ -]market\]\][ -]fit/i },
  // degree/licensure field 'Curriculum and Instruction'; another person's/committee's curriculum role: tion Clubs of America Associate of Science : Core [[Curriculum]] with Business Electives , 198
  {
    skill: 'Curriculum development',
    marked:
      /\b(master|masters|bachelor|doctor|m\.?ed|m\.?a|m\.?s|b\.?a|b\.?s|associate|degree)\b[^\n:]{0,40}:[^\n:]{0,30}\[\[curriculum\]\]|(^|\n)[ \t]*\[\[curriculum\]\][ \t]*(and|&)[ \t]*instruction[^\n.,;]{0,40}(\n|$)|(superintendent|director|department|office) (of|for) \[\[curriculum\]\]|with (the )?\[\[curriculum\]\] (committee|department|specialists?|coordinators?|directors?)/i,
  },
  // field of study on a degree line (Broadcast Journalism, Radio/TV): d instructional strategies. Bachelor of Science : [[Broadcast]] Journalism 2003 Brooklyn Coll
  {
    skill: 'Broadcasting',
    marked:
      /\b(bachelor|master|associate|b\.?a|b\.?s|b\.?f\.?a|b\.?b\.?a|m\.?a|degree|diploma|major in|major:|minor in|concentration)\b[^\n]{0,40}\[\[/i,
  },
  // server/host handing out or cleaning physical menus: nd take action to correct any problems. Presented [[menus]] to patrons and answer questio
  {
    skill: 'Menu planning',
    marked:
      /\b(present(ed|ing|s)?|hand(ed|ing)?( out)?|distribut\w*|wip\w*|clean\w*|check(ed|ing)?|stock(ed|ing)?|explain(ed|ing|s)?|answer(ed|ing)? questions about|knowledge of|familiar with|provid(e|ed|ing)|giv(e|en|ing)|gave|bring|brought|read(ing)?|memoriz\w*|learn(ed|ing)?)( them| guests| customers| patrons)?( with)?( the| all| daily| our)?( food| drink| wine| dessert| specials)? \[\[menus?\]\]/i,
  },
  // user/login account administration (IAM, security policy, product feature), not client account management: urity best practices, change control, monitoring, [[account management]] and role-based user administration. C
  {
    skill: 'Account management',
    marked:
      /\[\[account management\]\] (policy|processes to support cloud|interactions|and role-based)|(IAM|access|onboarding|faq handling)[^\n]{0,25}\[\[account management|\[\[managing account\]\] usage|\[\[account management\]\],? (permission|access|password|user)/i,
  },
  // bookkeeping sense: managed accounts payable/receivable, 'Accounting Management' (degree/department): s of bank transactions. Verified purchase orders, [[managed accounts]] payable invoices and supplied payment
  {
    skill: 'Account management',
    marked:
      /\[\[(?:(?:managed|managing|management of)(?: the| all)? accounts?\]\]\s*(?:payables?|receivables?)|accounting (?:& |and )?management\]\]|accountancy & management\]\]|managing(?: an)? accounting\]\]|management of accounting\]\]|managed accountability\]\]|developing accounting\]\])/i,
  },
  // software/OS/database installation (IT admin), not the installation trade: , recovery and upgrades of IBM AIX. Experience in [[Installation]] and configuration on IBM System P p69
  {
    skill: 'Installation',
    marked:
      /(software|applications?|\bapps?\b|operating systems?|\bOS\b|windows|linux|unix|\baix\b|hp-ux|sql|oracle|databases?|\bsap\b|active directory|websphere|devops|hyper-v|vmware|vios|patch(es)?|drivers|server platforms|servers?)[^\n]{0,80}\[\[install(ation|ations|ing)\]\]|\[\[install(ation|ations|ing)\]\][^\n]{0,80}(software|applications?|\bapps?\b|operating systems?|\bOS\b|windows|linux|unix|\baix\b|hp-ux|sql|oracle|databases?|\bsap\b|active directory|websphere|devops|hyper-v|vmware|vios|patch(es)?|drivers|server platforms|servers?)/i,
    except: {
      marked:
        /hardware|cabl|wiring|fiber|equipment|printers?|phones?|pipe|piping|hvac|avionics|electrical|plumbing|fixtures?|scanners|projectors|routers|switches|\bnetwork\b|\bSAN\b|product demonstrations|workstation/i,
    },
  },
  // degree field, OSHA course or coursework name: Central High School - City Associate of Science : [[Construction Management]] , Expected in 06/2024 Liberty Un
  {
    skill: 'Construction management',
    marked:
      /(\bBS|B\.S\.|Bachelor[^\n:]{0,40}|AAS|A\.A\.S\.|Associate[^\n:]{0,40}|Degree[^\n:]{0,40}|Master[^\n:]{0,40}|Minor[^\n:]{0,15}|Major[^\n:]{0,15}|coursework|Certificate[^\n:]{0,30})\s*:?\s*\[\[construction( management)?\]\]|OSHA[^\n]{0,20}\[\[construction|\[\[construction\]\] (materials & methods|site safety)|City , State \[\[Construction Management\]\]|\[\[Construction Management\]\]\s*(University|College|Institute)/i,
  },
  // industry/client sector list, company description, construction loans, software 'model/dashboard construction': r various mortgage types, including conventional, [[construction]], investment, and government loans for
  {
    skill: 'Construction management',
    marked:
      /(industries|contractors|insurance|real estate|conventional)[^\n.]{0,40}\[\[construction\]\],|\[\[construction\]\],? (real estate|insurance|petrochemicals|manufacturing|retail|healthcare|hospitality|agriculture|investment)|(specializes|specializing) in[^\n]{0,60}\[\[construction( management)?\]\]|(technical design|model|dashboard|shop),? \[\[construction\]\]/i,
  },
  // degree field or school name (Fashion Merchandising, FIDM): se Marketing FIDM / Fashion Institute of Design & [[Merchandising]] – City , State Merchandise Marketin
  {
    skill: 'Merchandising',
    marked:
      /(Bachelor|\bB\.?S\.?\b|\bB\.?A\.?\b|Associate|Degree|Major|Minor|Diploma|\bAAS\b)[^\n]{0,40}\[\[merchandising\]\]|Institute of Design (and|&) \[\[Merchandising|\[\[merchandising\]\] (and|&) Design|Fashion \[\[merchandising\]\]/i,
  },
  // course, seminar or degree name (Federal Income Taxation, MS Taxation): nformation System, Auditing & Assurance Services, [[Taxation]] Interests World travel/Photography/Go
  {
    skill: 'Tax preparation',
    marked:
      /(coursework|Courses?\s*:|subjects|Master of Science|\bMST\/|Certificate in|course training|Seminar :|Training Focus|Accounting\/)[^[]{0,100}\[\[(income |corporate )?tax(ation| planning)?\]\]|\[\[(income |corporate )?tax(ation| planning)?\]\]\s*(Reporting )?course|Federal Income \[\[Taxation\]\]|Corporate \[\[Taxation\]\], and|Advanced Corporate \[\[Taxation|\* (The |Corporate )\[\[Taxation/i,
  },
  // HR disciplinary 'corrective action' of employees: s and assisting in appraisals for performance and [[corrective action]]) responsible for arrangement, resolvi
  {
    skill: 'Root cause analysis',
    marked:
      /(employee|employment processes such as|performance( management)? and|terminations[^\n]{0,30}|leaves,|Payroll, Reviews, and|management through the)\s*\[\[corrective\s+actions?\]\]/i,
  },
  // engineering degree/field of study, IEEE society or conference name: ermination and confidence. Education and Training [[Electrical]]/Electronics Engineering Technology, A
  {
    skill: 'Electrical',
    marked:
      /(\bBS|B\.S\.?|M\.S\.?|\bMS|BSc|BSEE|Bachelor[^\n:]{0,30}|Master[^\n:]{0,30}|Degree[^\n]{0,40}|\bAAS|discipline that includes:[^\n]{0,20}|field of)\s*:?\s*\[\[electrical\]\]|Institute of \[\[electrical|Conference on[^\n]{0,30}\[\[electrical|\[\[electrical\]\]\s*(and|&|\/)\s*(computer|electronics?|instrumentation[^\n]{0,20})\s*engineer(ing)?\b|\[\[electrical\]\]\s*engineering technology/i,
  },
  // verb 'catering to (customers/needs)' = accommodating, not food catering: me hours. Helped develop a variety of menu items [[catering]] to customers with food allergies and
  {
    skill: 'Catering',
    marked:
      /\[\[catering\]\] to (customers?|their|the|them|a |an |child|unique|each|specific|diverse|all|every|clients?|guests?|patrons?)/i,
  },
  // workers' compensation (injury insurance/claims), not pay management: g, Talent Selection, Tally, Terminations, Training, Workers [[Compensation]], Best Practices, Excel, Excellent
  { skill: 'Compensation', marked: /(work(er|man|men)s?'?s?'?|comp\.?)\W{0,3}\[\[compensation/i },
  // firm/club name (X Consulting LLC/Group/Club) or another Consulting team: utions Engineer collaborates with the sales team, solutions [[consulting]] team, product and professional serv
  {
    skill: 'Consulting',
    marked:
      /\[\[Consulting\]\],? (LLC|LLP|Inc\b|Associates|Group\b|Club\b|Firm\b)|\[\[[Cc]onsulting\]\] (teams?\b|[Ff]irm (providing|that|which))/,
  },
  // 'performed market(ing) research/analysis' - generic marketing/market research, not digital marketing: (PaaS), cloud based solution and use business frameworks to [[perform market]], competitor and customer journe
  {
    skill: 'Digital marketing',
    marked: /\[\[(perform(ed|s|ing)? market(ing)?|marketing performance|marketed performances)\]\]/i,
  },
  // software 'processing engine' (Spark, workflow engine): n to detail. * Enthusiasm for building next-generation data [[processing engines]] and learning new technologi
  { skill: 'Process engineering', marked: /\[\[process(ing)? engines?\]\]|\[\[developing a processing\]\]/i },
  // 'developed new process(es)' for admin/business workflows, not process engineering: s journal entries and author financial reports. Proactively [[developed process]] analysis while maintaining c
  {
    skill: 'Process engineering',
    marked:
      /\[\[(develop(ed|ing)?|design(ed|ing)?|development of)[^a-z0-9]+((new|all|a|the)[^a-z0-9]+)?process(es)?\]\]|\[\[process(es)?[^a-z0-9]+(develop(ed|s)?|-develop|designed)\]\]/i,
    except: {
      marked:
        /chemical|plating|manufactur|production|PFD|flow system|synthes|equipment|plant\b|assembly|PFMEA|defect|yield|engineers\b/i,
    },
  },
  // medical/physical therapy, not counseling: bers with personal training, group fitness classes, massage [[therapy]], movement assessment, and rehabilitat
  {
    skill: 'Counseling',
    marked:
      /(physical|occupational|speech|CRRT|CVVH|hypothermia|oxygen education and|respiratory|radiation|massage|water|motion|emergency|infusion|IV|intravenous) \[\[therap(y|ies)\]\]/i,
  },
  // degree field of study (M.A. School Counseling, Clinical Counseling and Psychology): of Education : Counseling , May 2018 University of Houston [[Counseling]] Bachelor of Science : Psychology & E
  {
    skill: 'Counseling',
    marked:
      /(master|bachelor|degree|\bm\.? ?a\b|\bm\.? ?s\b|\bm\.? ?ed\b|ph\.? ?d|diploma)[^\n]{0,100}\[\[counsel\w*\]\]|\[\[counsel\w*\]\][^\n]{0,60}(master|bachelor|degree|\bm\.? ?a\.|\bm\.? ?s\.|\bm\.? ?ed\b|ph\.? ?d|gpa)|\n[^\n]{0,60}(guidance|school|clinical|mental health|rehabilitation|career|community|marriage and family) \[\[counsel\w*\]\]/i,
  },
  // degree field / nursing school or program name (BSN : Nursing, College of Nursing): 018 California State University Stanislaus – City , State [[Nursing]] Associate's Degree : General Studies
  {
    skill: 'Nursing',
    marked:
      /(Degree|DEGREE|Bachelor|BACHELOR|Associate|Master|MASTER|Diploma|BSN|ADN|AAS|ASN|MSN|of Science|OF SCIENCE|Science :)\b[^\n]{0,120}\[\[N(ursing|URSING)\]\]|\[\[N(ursing|URSING)\]\][^\n]{0,40}\b(University|College|School|Program|school)\b|\b(School|College|Department|University|Institute|Academy) of \[\[[Nn]ursing\]\]/,
  },
  // facility type or name (skilled nursing facility, X Nursing & Rehab): cal Center (281) - 777 - 6237  Rachael Wheaton, LVN Tomball [[Nursing]] and Rehab Center (832) 498 - 5155  No
  {
    skill: 'Nursing',
    marked:
      /skilled \[\[nursing\]\]|\[\[nursing\]\]( (and|&) (rehab\w*|convalescent|health ?care))? (homes?|center|centre|facilit(y|ies)|rehab\w*)\b/i,
  },
  // L&D program offered as an employee perk (or a program attended): get for you to spend on education and offer a comprehensive [[L&D program]] – after all, one of our core value
  {
    skill: 'Training program development',
    marked: /\[\[(L&D|learning (and|&) development|learning) programs?\]\]/i,
    except: {
      marked:
        /\b(design(ing|ed|s)?|develop(ing|ed|s)?|deliver(ing|ed|s)?|implement(ing|ed|s)?|manag(e|ing|ed|es)|creat(e|ing|ed|es)|build(ing|s)?|lead(ing|s)?)\b[^\n]{0,60}\[\[/i,
    },
  },
  // 'electronic' meaning digital (electronic mail/deposits/claims/filing), not EE: ardware, data processing, data management, Detail oriented, [[electronic]] mail, email, financial management,
  {
    skill: 'Electrical engineering',
    marked:
      /\[\[electronic\]\]\W{0,3}((and |or )?\/? ?paper\W{1,3}|and mail )?(deposit|mail|funds|file|filing|storage|charge|calendar|bulletin|time card|conversion|claim|commerce|health|medical|record|payment|bank|spreadsheet|sign|exam\b|transmission|data integration|product code|newsletter|case report|work instruction|document|forms?\b|submission|ibm|ad\b)|(print|paper)( and|\/|,)?\W{1,4}\[\[electronic\]\]|\[\[electronic\]\], print/i,
  },
  // resume degree line: field of study (B.S : Electrical Engineering, B.E : Electronics): Engineering Electrical Engineering City , State Engineering [[Electrical Engineering]] Oklahoma Christian Univ
  {
    skill: 'Electrical engineering',
    marked:
      /(Degree|DEGREE|Bachelor|BACHELOR|Master|MASTER|Associate|Diploma|DIPLOMA|\bB\.? ?S\.?|\bM\.? ?S\.?|\bB\.? ?E\.?|\bM\.? ?E\.?|\bB\.? ?Tech|\bM\.? ?Tech|Ph\.? ?D|BSEE|MSEE|of Science|OF SCIENCE|of Engineering|of Technology|Major|Minor)\b[^\n]{0,100}\[\[[^\]]+\]\]|\[\[[^\]]+\]\][^\n]{0,60}\b(University|UNIVERSITY|College|COLLEGE|Institute|INSTITUTE|GPA)\b/,
  },
];
