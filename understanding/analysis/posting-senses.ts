/**
 * Words a posting uses of its employer, its product and its offer rather than of the work: "our
 * hiring process", "a platform to serve our customers", "work with Frontend, Backend, SRE and QA",
 * "to production", "virtual team building and socials", "student loan repayment assistance". Found
 * as the senses in understanding/skills/audited-senses.ts were, over the 6,606 postings; in a
 * resume the same words are mostly the skill ("billing systems" of a medical biller, "hiring
 * managers" of a recruiter), so they are read in postings only.
 */
import { otherSenses, type OtherSense } from '../skills/other-senses';

const POSTING_SENSES: readonly OtherSense[] = [
  // the employer's hiring: "hiring process", "hiring manager", "a 30-mile hiring radius"
  { skill: 'Recruiting', marked: /\[\[hiring\]\]\s+(managers?|process(es)?|radius|range)\b/i },
  // the employer's hiring: "we are hiring", "our recruiting processes"
  { skill: 'Recruiting', marked: /\b(our|we are|we.re|currently|actively|now|always)\s+\[\[(hiring|recruiting)\]\]/i },
  // the employer's hiring: "our Recruiting process", "the recruiting team"
  {
    skill: 'Recruiting',
    marked:
      /\[\[(recruiting|recruitment|talent acquisition)\]\]\s+(managers?|process(es)?|team|department|partners?|specialist|leaders)\b/i,
  },
  // the employer's or its investors' money: "leverage resources and investments"
  { skill: 'Investment management', marked: /\[\[investments?\]\]/i },
  // departments served: "for sales, marketing and customer service teams"
  { skill: 'Sales', marked: /\[\[sales\]\][^.|\n]{0,60}\b(teams|departments|functions)\b/i },
  // departments served: "for sales, marketing and customer service teams"
  { skill: 'Marketing', marked: /\[\[marketing\]\][^.|\n]{0,60}\b(teams|departments|functions)\b/i },
  // a perk: "annual budget for your tech/gadgets needs", "learning budget" (not "manage the L&D budget")
  {
    skill: 'Budgeting',
    marked:
      /((learning|education|educational|home[- ]office|wellness|equipment|travel|conference|development|training|tech|l&d|stipend|annual|yearly|personal|book|coworking|health)\s+\[\[budgets?\]\]|\[\[budgets?\]\]\s+(for|to\s+spend|of\s+\$?[\d,.]+\s*(€|\$|usd|eur)?\s*(per|a|for|\/)))/i,
    except: {
      marked:
        /\b(manag\w*|own\w*|develop\w*|administ\w*|oversee\w*|oversaw|track\w*|allocat\w*|plan\w*|set\w*)\s+(the\s+|our\s+|a\s+|an\s+)?([\w&-]+\s+){0,2}\[\[budgets?/i,
    },
  },
  // software: "billing/payment integrations", "billing systems"
  {
    skill: 'Invoicing',
    marked:
      /\b(systems?|infrastructures?|platforms?|services?|engineer(s|ing)?|code|APIs?|integrations?|backend|back-end|software|logic|solutions?|capabilit\w+|products?|features?|functionalit\w+|domains?|pipelines?|SaaS|microservices?|Stripe|engine|automat\w+|suite|modules?|app|apps|application|digital|stack|algorithm)\b/i,
  },
  // an offer or an analysis: "our benefits", "cost/benefit analysis" (not benefits administration)
  {
    skill: 'Benefits administration',
    written: /^(employee |compensation and )?benefits?$/i,
    marked: /./i,
    except: {
      marked:
        /(administ\w+|enrol+ment|open enrollment|HRIS|benefits? (plans?|programs?) (design|management)|manage (our |the )?benefits|benefits? (specialist|analyst|team|operations)|carriers?|brokers?)/i,
    },
  },
  // software running: "in production settings", "to production"
  {
    skill: 'Manufacturing processes',
    marked:
      /\b(to|into|in|from|reach(es|ing)?|on|until) (the )?\[\[production\]\]|\[\[production\]\][- ](environments?|systems?|code|issues?|incidents?|traffic|services?|ready|readiness|grade|quality|workloads?|deployments?|support|applications?|databases?|infrastructure|data|ML|models?|servers?|clusters?|expertise|experience|software|usage|use|scale|level|apps?|releases?|outages?|bugs?|monitoring|operations|debugging)\b|(ideation|prototyp\w*|concept|idea|design|development|testing|deploy\w*|staging|dev|test|QA|build|code|architecture|engineering|research),? (and |to |through |into )?\[\[production\]\]/i,
  },
  // software kept up: "system administration and maintenance"
  {
    skill: 'Equipment maintenance',
    written: /^maintenance$/i,
    marked:
      /\b(systems?|infrastructures?|platforms?|services?|engineer(s|ing)?|code|APIs?|integrations?|backend|back-end|software|logic|solutions?|capabilit\w+|products?|features?|functionalit\w+|domains?|pipelines?|SaaS|microservices?|Stripe|engine|automat\w+|suite|modules?|app|apps|application|digital|stack|algorithm|testing|deployment|troubleshoot\w*|observability|monitoring|configuration|database|network|security|technical|projects?|launch|support)\b/i,
  },
  // software: "products that facilitate administrative workflows"
  {
    skill: 'Administrative support',
    marked:
      /\[\[administrative\]\] (workflows?|functionality|solutions?|software|tooling|tools?|burden|data|and configuration|interfaces?|portal|console|privileges|access|rights|tasks like)\b|Home \[\[office support|\[\[support of office/i,
  },
  // software: "order fulfillment orchestration, inventory, provisioning"
  {
    skill: 'Inventory management',
    marked:
      /\b(systems?|infrastructures?|platforms?|services?|engineer(s|ing)?|code|APIs?|integrations?|backend|back-end|software|logic|solutions?|capabilit\w+|products?|features?|functionalit\w+|domains?|pipelines?|SaaS|microservices?|Stripe|engine|automat\w+|suite|modules?|app|apps|application|digital|stack|algorithm)\b/i,
  },
  // a perk: "employee engagement activities"
  { skill: 'Employee relations', written: /^(employee engagement|termination)$/i, marked: /./i },
  // software: "records management, and digital services"
  {
    skill: 'Filing',
    marked:
      /\b(systems?|infrastructures?|platforms?|services?|engineer(s|ing)?|code|APIs?|integrations?|backend|back-end|software|logic|solutions?|capabilit\w+|products?|features?|functionalit\w+|domains?|pipelines?|SaaS|microservices?|Stripe|engine|automat\w+|suite|modules?|app|apps|application|digital|stack|algorithm)\b/i,
  },
  // a product: "paid via direct deposit"
  { skill: 'Cash management', marked: /\[\[deposits?\]\]/i },
  // a product or a perk: "student loan repayment assistance", "a lending platform"
  {
    skill: 'Loan processing',
    marked:
      /^(?![\s\S]*(servicing|underwrit|origination|processing|knowledge|experience\s+(in|with)|familiar))[\s\S]*\[\[(loans?|lending)\]\]/i,
  },
  // someone else: "progress updates to Team Leads"
  {
    skill: 'Team leadership',
    marked:
      /\b(to|with|from|other|alumni[^\n]{0,60})\s+(the\s+|a\s+|an\s+|your\s+|our\s+)?([\w/-]+\s+){0,2}\[\[team\s+leads?\]\]/i,
  },
  // a perk: "virtual team building and socials"
  {
    skill: 'Team leadership',
    marked:
      /(virtual|stipend|allowance|budget|perks?|benefits?)[^\n]{0,40}\[\[team\s+building\]\]|\[\[team\s+building\]\][ \t]+(and\s+socials|activities|events|retreats?|offsites?|or\s+in-person)/i,
  },
  // a product's users: "revolutionize customer experience through empathetic AI"
  {
    skill: 'Customer service',
    marked:
      /^(?![\s\S]*(support|service|success|account\s+team|customer-facing|calls|tickets|satisfaction|empathy|post-sales|passion|substantial))[\s\S]*\[\[customer\s+experiences?\]\]/i,
  },
  // the employer's mission: "a platform to serve our customers"
  {
    skill: 'Customer service',
    marked:
      /\b(we|platforms?|solutions?|products?|tools?|technolog\w*|mission|vision)[ \t]+((is|are|that|which|can|will|to|designed|built|helps?)[ \t]+){0,3}\[\[(help|serve)\s+(our\s+)?customers\]\]|\[\[(help|serve)\s+(our\s+)?customers\]\][ \t]+(using|dynamically|at\s+scale|globally|worldwide)|(team\s+is|we\s+are|team\s+are)[ \t]+(\w+,?[ \t]+){0,4}\[\[customer-focused\]\]|\[\[customer-focused\]\][ \t]+(development|experiences?|solutions?|features?|products?|and\s+testable)/i,
  },
  // a team one works with: "Frontend, Backend, SRE and QA"
  {
    skill: 'Quality assurance',
    marked:
      /(collaborat\w*|work(ing|s)?[ \t]+(closely[ \t]+)?with|partner\w*|coordinat\w*|communicat\w*|liais\w*|interface|across|alongside|together[ \t]+with|cooperat\w*|including|joining|team[ \t]+of|mentor\w*[ \t]+(\w+,?[ \t]+){0,3})\b[^\n.;:]{0,80}(,|\band|&|with|\/)[ \t]*(the[ \t]+|our[ \t]+)?\[\[(qa|quality\s+assurance)\]\](?![ \t]*(best|process|testing|automation|activities|strateg|plan|procedure|standard|methodolog|review|check|tests|experience|skills|cycle|roadmap|lifecycle|area|engineer\b|tester|analyst))/i,
  },
  // software safety: "safety critical systems", "Trust & Safety"
  {
    skill: 'Health and safety',
    marked: /(?<!health and )(?<!health & )(?<!health&)\[\[safety\]\](?!\s*(&|and)\s*health)/i,
  },
  // what software improves: "operational efficiency"
  { skill: 'Operations management', marked: /\[\[(operational efficienc(y|ies)|streamlin\w* operations)\]\]/i },
  // the customer's business: "to conduct their daily operation"
  {
    skill: 'Operations management',
    marked: /\[\[(business operations?|daily operations?|day-to-day operations?|op[ée]rations)\]\]/i,
  },
  // a verb: "our backend team works closely with clients"
  { skill: 'Teamwork', marked: /\[\[team work(s|ing)\]\]/i },
  // the employer of itself: "we work as a hyper collaborative team"
  {
    skill: 'Teamwork',
    marked:
      /\b(we|we're|we are|our team is|our culture is)\s+([\w-]+,?\s+){0,5}\[\[(collaborative|collaboration)|\b(offers?|provides?|fosters)\s+(a|an)\s+[\w, -]{0,30}\[\[collaborative|\b(culture|environment|workplace|company|team)\s+(that|which|where)\s+(fosters|values|emphasizes|promotes|encourages|prizes|celebrates)\s+([\w,]+\s+){0,3}\[\[collaboration|\bour\s+(core\s+|team\s+)?values\W+([\w,]+\W+){0,5}\[\[collaboration/i,
    except: { marked: /\b(we|we're)\s+(are\s+)?(looking|seeking|need|want|expect|hope)\b[^[]{0,60}\[\[/i },
  },
  // an offer: "a great opportunity to work with an amazing team"
  {
    skill: 'Teamwork',
    marked:
      /\[\[work with (an? |the |our )?(amazing|great|talented|awesome|world-class|passionate|fantastic|incredible|brilliant|seasoned|experienced|small|dedicated|diverse|fun|supportive|friendly|motivated|smart|stellar|strong|top|high|highly)[^\]]*team\]\]/i,
  },
  // one's own first weeks: "an onboarding exercise", "your onboarding"
  {
    skill: 'Onboarding',
    marked:
      /(\byour|\bduring|\bafter|\bcomplete the|\bcomplete an?|\bimmersed in an?|\bour|\bbest[- ]in[- ]breed|\bstructured|\bthorough|\bcomprehensive|\bpaid|\bremote|\bvirtual|\brobust|\binternal)\s+(\w+\s+){0,2}\[\[on-?boarding\]\]|\[\[on-?boarding\]\]\s*(buddy|buddies|program|programme|exercise|period|week|weeks|plan|journey|session|sessions|bootcamp|process will|materials)/i,
    except: {
      marked:
        /(design|implement|develop|run|manag|lead|own|improv|deliver|facilitat|coordinat|build|creat|overs)\w*\s+(and\s+\w+\s+)?(a|an|the|our)?\s*([\w-]+\s+){0,2}\[\[on-?boarding|(client|customer|partner|seller|merchant|user)\w*\W+(\w+\W+){0,3}\[\[on-?boarding|\[\[on-?boarding\]\]\W+(\w+\W+){0,4}(clients?|customers?|new hires|employees)/i,
    },
  },
  // a product's sign-up: "onboarding flows", "the onboarding experience for end users"
  {
    skill: 'Onboarding',
    marked:
      /\[\[on-?boarding\]\]\s*(,\s*\w+\s*)*(flows?|funnels?|experiences?|ux|screens?|journeys?|architecture|team)\b|(user|web|mobile|app|acquisition|signup|sign-up|product|self-serve|account)\W+(\w+\W+){0,1}\[\[on-?boarding/i,
    except: {
      marked:
        /(client|customer|new hire|employee)s?\W+(\w+\W+){0,3}\[\[on-?boarding|\[\[on-?boarding\]\]\W+(\w+\W+){0,4}(clients?|customers?|new hires)|provide outstanding/i,
    },
  },
  // a fault fixed: "Issue Resolution: lead time-critical resolution"
  {
    skill: 'Complaint resolution',
    marked: /\[\[[^\]]*(issue|problem|incident)[^\]]*\]\]/i,
    except: {
      marked:
        /(customer|client|guest|patient|member|caller|consumer|complain|conflict)\w*[^[]{0,60}\[\[|\]\][^[]{0,60}(customer|client|guest|patient|member|complain)/i,
    },
  },
  // a department or a product's domain: "contact our human resources team", "payroll and HR software"
  {
    skill: 'Human resources',
    marked:
      /(payroll|scheduling|timekeeping|agreement|products?|platform|software|fintech|legal|compliance|finance|customer service|contact|business-rel|employment)\W[^\n[]{0,40}\[\[|\]\][^\n]{0,40}\W(payroll|scheduling|timekeeping|agreement|products?|platform|legal|fintech|finance|employment|team:|business operate|systems)/i,
  },
  // the employer of itself: "We're solving complex problems in the cloud"
  {
    skill: 'Problem solving',
    marked:
      /\b(we|we're|we are|whether you're|whether you are)\s+([\w-]+\s+){0,3}\[\[solv|\bwe value\s+([\w,-]+\s+){0,2}\[\[problem/i,
  },
  // The next 48 skills, read the same way:
  // UX/UI designers or UX team as co-workers the engineer works with (other people's role / department): Collaborate with product managers, [[UX]]/UI designers, and other stakeholders
  {
    skill: 'User experience design',
    marked:
      /(?:(?:\bwith|\band|&|,|\balongside|\bfrom|\bour|\bthe|\bincluding)\s+(?:our\s+|the\s+|other\s+|dedicated\s+|talented\s+|in-house\s+)?\[\[(?:UX|UI\/UX|UX\/UI|UI \/ UX|[Uu]ser [Ee]xperience|UX\/CX)\]\](?:\s*\/\s*(?:UI|CX)|\s+(?:and|&)\s+(?:product|visual|UI))?,?\s+(?:and\s+|&\s+)?(?:product\s+|visual\s+|interaction\s+|design\s+|\/\s*UI\s+)?(?:designers?|teams?|researchers?|experts?|partners?|counterparts?|leads?|professionals?|specialists?|colleagues|peers|stakeholders|department|group|folks|writers?|org(?:anization)?)\b|\b(?:product|engineering|PMs?|QA|data|marketing|sales|devops|research|design|engineers|managers|developers),\s+\[\[(?:UX|UI\/UX|UX\/UI|UI \/ UX|[Uu]ser [Ee]xperience|UX\/CX)\]\](?:\/\w+)?,|(?:work(?:ing|s)?|collaborat\w*|partner\w*|closely|together)\s+with\s+(?:our\s+|the\s+)?\[\[(?:UX|UI\/UX|UX\/UI|UI \/ UX|[Uu]ser [Ee]xperience|UX\/CX)\]\](?:\/\w+)?\s*(?:,|\.|and\b|&|to\b))/,
    except: { marked: /\bjoin(?:ing)?\s+(?:our|the|a)\s+(?:[\w-]+\s+){0,2}\[\[/ },
  },
  // software/ML/hardware prototyping (rapid prototyping, PoCs), not UX prototyping: Conduct rapid [[prototyping]] of ML solutions to quickly iterate on ideas
  {
    skill: 'User experience design',
    marked: /\[\[prototyping\]\]/i,
    except: {
      marked:
        /\b(?:UX|UI|figma|wireframes?|mock-?ups?|sketch|user interfaces?|interaction design|usability|user research|visual design|product design)\b|design\s+\[\[/i,
    },
  },
  // "independent bias audit report" of the employer's hiring tool (Covey boilerplate): Please see the independent bias [[audit]] report covering our use of Covey here.
  { skill: 'Auditing', marked: /\bbias\s+\[\[audit\]\]/i },
  // software audit logs/trails/events as a product feature: implement features like Single Sign-On, Directory Sync, Multi-Factor Auth, and [[Audit]] Logs
  {
    skill: 'Auditing',
    marked:
      /\[\[audit(?:s|ing)?\]\][\s-]+(?:logs?|logging|trails?|events?|history|capabilit\w*|tables?|columns?|fields?)\b/i,
  },
  // BD as a department / team / job-family label in postings ("Sales, Business Development", "the BD team"): (i.e. “Engineer, Platform”, “Sales, [[Business Development]]” or “Manager, Talent”)
  {
    skill: 'Business development',
    marked:
      /(?:\b(?:sales|product|engineering|marketing|partnerships|finance|legal|operations|architects|customer success),?\s+(?:and\s+|&\s+)?\[\[business development\]\]\s*(?:,|and\b|&|teams?\b|”|")|\[\[business development\]\]\s*(?:teams?|department|mentor|org(?:anization)?|reps?|representatives|colleagues|counterparts|function|groups?|stakeholders|professionals)\b|\bengag\w+\s+\[\[business development\]\]\s+with|\bfor the\s+\[\[business development\]\])/i,
    except: { marked: /\bexperience\s+in\s+[^.\n]{0,30}\[\[/i },
  },
  // name of a team/unit ("the Data & Analytics team") or the employer's industry ("data analytics company/space"): join the global [[Data & Analytics]] team
  {
    skill: 'Data analysis',
    marked:
      /(?:\[\[(?:Data & Analytics|Data Analytics|Data Analysis|Data and Analytics)\]\]\s+(?:teams?|group|department|practice|squad|organi[sz]ation|org|unit|division|is a|competence|function|chapter|tribe|office)\b|\b(?:the|our|global|join)\s+(?:global\s+)?\[\[Data & Analytics\]\]|\[\[(?:[Bb]ig )?[Dd]ata [Aa]naly(?:tics|sis)\]\]\s+(?:space|industry|market|company|companies|startups?)\b)/,
  },
  // employer describing itself/its products as cybersecurity: "gh the work that you do, creating a safer world through our [[cyber security]] SaaS portfolio. /  / Our cultur"
  {
    skill: 'Cybersecurity',
    marked:
      /\b(?:our|a|an)\s+(?:[\w-]+\s+){0,3}\[\[[^\]]+\]\]\s+(?:company|firm|startup|start-up|leader|vendor|provider|platform|portfolio|products?|solutions?|SaaS|business|offerings?)\b/i,
  },
  // all-employee compliance boilerplate (follow our infosec policies/program): "/    /  / ### Security Requirements: /  / * Responsible for Granicus [[information security]] by appropriately preserving"
  {
    skill: 'Cybersecurity',
    marked:
      /(?:company'?s|\bour|committed to|\bfollowing|\bfollow)\s+\[\[[^\]]+\]\]\s*(?:program|polic|\.)|Responsible for \w+ \[\[[^\]]+\]\] by/i,
    except: { marked: /\]\]\s*polic\w*\s+develop/i },
  },
  // social media as employer's domain/product/industry, not a marketing duty: "companies. Our work focuses on diverse areas including AI, [[social media]], security and more. And we’"
  {
    skill: 'Social media marketing',
    marked:
      /\[\[social media(?: management)?\]\]\s+(?:platforms?|applications|tools|management technology|technology)\b|(?:areas including AI,|authenticity in|leader in PR, marketing and|streaming TV to|verified)\s+\[\[social media/i,
    except: { marked: /(?:presence on|manage|managing|post\w* on|across)\s+\[\[social media/i },
  },
  // L&D as an employee perk / culture (receiving training), not delivering it: self-managed PTO and a generous new parent leave policy * [[Learning and Development]] Opportunities ## **What We Value:**
  {
    skill: 'Training delivery',
    marked: /\[\[(learning\s*(&|and|\/)\s*\/?\s*development|L&D)\]\]/i,
    except: {
      marked:
        /\]\]\s*(Lead|Manager|Specialist|Director|Partner|Consultant|Designer|budget|strateg)|\b(drive|manage|lead|own|design|deliver)\s+(\w+['’]s\s+)?\[\[|culture of \[\[/i,
    },
  },
  // Finance as a department/team the role collaborates with: laborate cross-functionally, especially with Product, Data, [[Finance]], and GTM teams, to gather requirement
  {
    skill: 'Finance',
    marked:
      /\[\[finances?\]\][^.\n[]{0,50}\b(teams?|functions|departments?|stakeholders|partners|organizations|business units)\b|\b(with|including|across|between|partner with|partnering with|collaborat\w+ with|like)\b[^.\n[]{0,50}\[\[finances?\]\]/i,
    except: { marked: /\]\][^.\n]{0,25}\b(systems?|data|industry|industries|sector|experts?)\b/i },
  },
  // employer self-description/awards (adtech company boilerplate): nd leader in a number of categories including Cross-Channel [[Advertising]] #LI-Remote
  {
    skill: 'Advertising',
    marked:
      /(\bTop\b|\bleader\b|#1|\bBest\b|\bawards?\b|\bawarded\b|product suite)[^.\n]{0,60}\[\[(advertising|ad campaigns?)\]\]/i,
  },
  // The next 57 skills:
  // go-to-market as a team/department/org name (sales org, GTM systems), not product marketing work: ss-functional business teams (Product, Marketing, [[Go To Market]])   * You understand the busin
  {
    skill: 'Product marketing',
    marked:
      /\[\[go[- ]?to[- ]?market\]\]\)?\s*(\(GTM\)\s*)?(teams?\b|team members|org\b|organi[sz]ation|department|functions|systems|leadership|side\b|roles|development program)|(within|for|and|with|of|the|our|other|fellow) \[\[go[- ]?to[- ]?market\]\](\)|[.,]| \(GTM\)[ .,])|(product|marketing|sales|operations|engineering|finance|data|accounting),? (and )?\[\[go[- ]?to[- ]?market\]\]/i,
    except: { marked: /\]\]\s*(\(GTM\)\s*)?(strateg|motion|initiative|plan|activit|campaign|solution)/i },
  },
  // the employer's tutors / AI-tutor product, not the candidate tutoring: roduct Engineering team that builds Cosmo (our AI [[Tutor]] and Guide) and CodeSignal Lea
  { skill: 'Tutoring', marked: /\b(our|AI) \[\[tutors?\]\]|\[\[tutoring\]\] (chat)?bots?/i },
  // Legal as a department the role collaborates with: oduct Specialists, Customer Operations, Security, [[Legal]], Enterprise, Data Science, Pr
  {
    skill: 'Law',
    marked:
      /\b(product|engineering|compliance|sales|design|marketing|hr|security|finance|operations|accounting|it|policy|risk|data science|support|relations|leadership|stakeholders in|with|to),? (and )?\[\[legal\]\](,|\.| and|\)| teams?| \/)|\[\[legal\]\],? (and )?(compliance|accounting|policy|operations|product|engineering|fraud|finance|gtm|hr|security|teams?)\b/i,
    except: {
      marked:
        /\[\[legal\]\],? (and )?(\w+ )?(requirements|perspective|space|technology|services|issues|matters|documents)/i,
    },
  },
  // 'engineering systems' = the company's software systems/tooling: which includes state-of-art ML models and related [[engineering systems]].   * Adopt or build new techn
  { skill: 'Systems engineering', marked: /\[\[engineering systems\]\]/i },
  // employer's own Account Management team/department or another role one works with, not a duty: g any of our offered benefits.  Additionally, our [[Accounts Management]] team ensures a smooth and effective
  {
    skill: 'Account management',
    marked:
      /(our|the|with the) \[\[accounts? management\]\] team|(Sales|Marketing|Claims|Product), \[\[account management\]\],? and|\[\[account management\]\] jobs with quotas|with the \[\[account development\]\] manager/i,
  },
  // employer's product/industry/mission or another department ('supply chain visibility platform', 'work with ... supply chain'): tes équipes internes : Recherche & Développement, [[Supply Chain]], Finance, Qualité, Logistique.  Dans
  {
    skill: 'Supply chain management',
    marked:
      /\[\[supply chains?\]\] (visibility |optimization )?(platform|industry|partners|stack|challenges|issues|friction|visibility|optimization for|teams)|their \[\[supply chains?\]\]|(revolutionize|reimagining automation in|mission to make|envision a|connective tissue of the|inefficiencies in the|internal and external|across our internal|the evolving Dandy|eliminates|transforming|process owners in|global freight|disturbing the|fresh food merchandising and|company’s|order-to-cash|more resilient|Département|Développement,|hardware development,|Quality and|support, and) \[\[supply chains?\]\]|\[\[Supply Chain\]\] (Team|&)|experience in \[\[Supply Chain\]\], Healthtech|(Healthtech|Fintech), \[\[Supply Chain|No (prior experience in )?\[\[supply chain|based on \[\[supply chain\]\] event/i,
  },
  // software/dependency supply-chain security, web3 'transaction supply chain': uding operational technologies)   * Experience in [[Supply Chain]] Security Risks identification and man
  {
    skill: 'Supply chain management',
    marked:
      /(software|transaction|dependency and|vendor) \[\[supply chains?\]\]|\[\[supply chains?\]\] (security|risks)|\[\[supply chain\]\] of phone numbers/i,
  },
  // employer's pricing product/team/systems ('clear pricing', 'pricing, billing and payments systems', AWS pricing): cts and services on Vimeo. We are responsible for [[pricing]], packaging, checkout experience, subs
  {
    skill: 'Pricing',
    marked:
      /\[\[pricing\]\],? (billing|packaging|licensing|selling|and sales solutions|plays|subscriptions)|(billing|checkout|trip flow|Driver Pay and|Decisions and|Consumer|Product|clear|AI-powered|AI-embedded|manage|for|opportunity management,|offers \(|driver assignment, and|bundling,|billing,) ?\[\[pricing\]\]|\[\[pricing\]\]\)? (team|platform|engine|engineering|tools|and customer management)|(AWS|GCP|AWS and GCP) \[\[pricing|\[\[pricing\]\]\/cost models|support new products and \[\[pricing models|or \[\[pricing models\]\], every|optimal \[\[pricing strategies\]\] that maximize/i,
  },
  // employer's own newsletter/product ('Sign up for our newsletter', 'email marketing platform') or reading newsletters: s time._       **Stay in touch**  Sign up for our [[newsletter]] to find out about career opportunitie
  {
    skill: 'Email marketing',
    marked:
      /(sign up for|subscribe to) our[^\n]{0,30}\[\[newsletters?|blog posts, \[\[newsletters\]\], podcasts|is the [^\n]{0,30}\[\[email marketing\]\] platform|partners with marketers[^\n]{0,60}\[\[email campaigns|reach its readers[^\n]{0,40}\[\[newsletters/i,
  },
  // other people's/customers' sales targets (product helps customers; SE supports sales team):  to answer if they will meet, beat, or miss their [[sales goals]]. With insights like this, no wonder l
  {
    skill: 'Quota attainment',
    marked: /(miss|achieve|meet|hit|exceed) their \[\[sales (goals?|targets?|quotas?)\]\]/i,
  },
  // employer's pay/perk statement (competitive compensation, salary range), not the HR skill: ely to team dynamic  **What you'll love:**    * Competitive [[Compensation]] (base + bonus & equity)   * Compr
  {
    skill: 'Compensation',
    marked:
      /(competitive|total|equity|base|variable|comprehensive|types of|many|our|grant|global|employment,) \[\[compensation\]\]|\[\[compensation\]\](\W{0,6}(will vary|varies|is not limited|based on|includes|range)|:| \*\*ship)/i,
  },
  // employer's product (fundraising CRM/platform), funding round, or Fundraising team/department: ising** **)** , you will play a critical role in the online [[fundraising]] team’s year-round, multilingual fu
  {
    skill: 'Fundraising',
    marked:
      /\[\[fundraising\]\]\W{0,4}(\/donor crms?|tools|platforms?|round|team|products|technology|analytics)|(rest of|director of|manager, ) \[\[fundraising\]\]/i,
    except: { marked: /knowledge of/i },
  },
  // employer describing its ad-tech business/industry or a Marketing Digital team: ance.       **The Role**      The Web Developer role on the [[Marketing Digital]] team will be the primary bac
  {
    skill: 'Digital marketing',
    marked:
      /(\b(we|we're|our|us|join us)\b[^.\n]{0,80}\[\[[^\]]+\]\]|\[\[[^\]]+\]\][^.\n]{0,50}\b(we|our|us)\b|\[\[[^\]]+\]\] (industry is|platform|markets and|success)|(future|frontiers|pioneer behind content) of \[\[|\[\[[^\]]+\]\] team\b)/i,
    except: { marked: /experience (in|with)|understanding of/i },
  },
  // health-tech employer's mission (software that improves patient care): lthcare. We enable hospitals to focus on what matters most: [[patient care]]. Our innovative solutions harness
  {
    skill: 'Patient care',
    marked:
      /(algorithm|software|system|tools|solutions?|platform|data|hospitals|clinics|practices|health systems|healthcare costs|we enable|care teams)[^.\n]{0,120}(improv\w*|better|enhance|higher value|matters most:|exceptional|manage) \[\[patient (care|safety)\]\]/i,
  },
  // software/data 'engineering processes' (SDLC practice), not industrial process engineering: er community and maximize learning opportunities within our [[engineering processes]].  **What does it take to
  {
    skill: 'Process engineering',
    marked: /\[\[engineering process(es)?\]\]/i,
    except: { marked: /(manufacturing|chemical|plant|production|industrial) \[\[/i },
  },
  // employer/its customers' industry or product (we reimagine financial services, FS Cloud, FS client): means to manage your money. Using smart technology, we take [[financial services]] that are often confusing, o
  {
    skill: 'Financial services',
    marked:
      /(\b(we|we're|our|us)\b[^.\n]{0,80}\[\[[^\]]+\]\]|\[\[[^\]]+\]\][^.\n]{0,40}\b(we|our|us)\b|(reimagin\w*|future of|world of|landscape of|revolutioni[sz]e|transformation in|focused on the|making|provid\w*|access|enables?|offer\w*|advanced|accessible,? [-\w]+|innovative|(customers|clients|organizations|industries|markets)( [-\w]+){0,3} (in|as varied as|such as)) \[\[[^\]]+\]\]|\[\[[^\]]+\]\],? (brand|clients?|cloud|provided by|firm|sector|use cases|industry is|marketing product))/i,
    except: {
      marked: /experience|background|knowledge|interest in|passion|drive to|understand|preferabl|\bplus\b|familiarity/i,
    },
  },
  // therapy/counselling offered to employees as a wellness perk (counseling received): ts employees to the best partners for fitness, mindfulness, [[therapy]], nutrition, and sleep, all included i
  {
    skill: 'Counseling',
    marked:
      /(mindfulness|coaching|24\/7 professional|wellness),? \[\[(therapy|counsell?ing)\]\]|\[\[(therapy|counsell?ing)\]\],? (and )?(nutrition|employee assistance|curated webinars)/i,
  },
  // software effort/test estimation in agile planning, not cost estimating: o improve product quality, work closely with the team: test [[estimation]], test planning, test strategy, test
  {
    skill: 'Estimating',
    marked:
      /\b(prioriti[sz]\w*|sprint\w*|agile|scrum|grooming|user stor\w*|SDLC|testing|test|test cases|coding|code|features?|technical design|effort|tasks?|requirements?|story points)\b[^\n]{0,50}\[\[(estimat\w*)\]\]|\[\[(estimat\w*)\]\][^\n]{0,50}\b(prioriti[sz]\w*|sprint\w*|agile|scrum|grooming|user stor\w*|SDLC|testing|test|test cases|coding|code|features?|technical design|effort|tasks?|requirements?|story points)\b/i,
    except: { marked: /cost|construct|bid|takeoff|material|budget|financ|revenue|sales|pricing|uncertainty/i },
  },
  // posting degree requirement (BS in CS/Electrical Engineering), field of study: B.Sc. Computer Engineering, Mechatronics, Computer Science, [[Electrical Engineering]], or related Engineering
  {
    skill: 'Electrical engineering',
    marked:
      /(degree|\bB\.? ?Sc?\b|\bM\.? ?S\b|Ph\.? ?D|BSEE|MSEE|Bachelor|Master|education in|accredited program in)[^\n]{0,120}\[\[[^\]]+\]\]|\[\[[^\]]+\]\][^\n]{0,80}\b(degree|discipline)\b/i,
    except: { marked: /high degree of/i },
  },
];

/** Whether a posting's skill mention means its employer, product or offer, not the work. */
export const inPostingSense = otherSenses(POSTING_SENSES);
