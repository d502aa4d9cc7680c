/**
 * The hand-kept part of Hermes' skill taxonomy: the names people actually write that O*NET and the
 * two alias lists miss or spell their own way (k8s, postgres, node, "Structured query language SQL"
 * → SQL). Each entry names the canonical skill and the aliases that resolve to it; O*NET names that
 * resolve to the same canonical are merged in by scripts/hermes/build-skill-taxonomy.ts.
 *
 * `contextual` marks names that are also ordinary words or letters (Go, R, C, Chef, Spring): they
 * count only next to another skill (a list, a "languages:" line), never on their own.
 */
export interface SkillGap {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly category: string;
  /** O*NET names (exactly as in Technology Skills.txt) that are this skill. */
  readonly onet?: readonly string[];
  readonly contextual?: boolean;
}

export const SKILL_GAPS: readonly SkillGap[] = [
  // languages
  { name: 'JavaScript', aliases: ['JS', 'ECMAScript', 'ES6', 'ES2015', 'vanilla JS'], category: 'language' },
  { name: 'TypeScript', aliases: ['TS'], category: 'language' },
  { name: 'Python', aliases: ['Python3', 'Python 3'], category: 'language' },
  { name: 'Java', category: 'language', onet: ['Oracle Java', 'Java'] },
  { name: 'Go', aliases: ['Golang', 'Go lang'], category: 'language', contextual: true },
  { name: 'C', category: 'language', contextual: true },
  { name: 'C++', aliases: ['CPP', 'C plus plus'], category: 'language' },
  { name: 'C#', aliases: ['C sharp', 'CSharp'], category: 'language' },
  { name: 'Rust', category: 'language', contextual: true },
  { name: 'Ruby', category: 'language', contextual: true },
  { name: 'PHP', category: 'language' },
  { name: 'Kotlin', category: 'language' },
  { name: 'Swift', category: 'language', contextual: true, onet: ['Apple Swift'] },
  { name: 'Scala', category: 'language' },
  { name: 'R', category: 'language', contextual: true },
  {
    name: 'SQL',
    aliases: ['Structured Query Language'],
    category: 'language',
    onet: ['Structured query language SQL'],
  },
  { name: 'HTML', aliases: ['HTML5'], category: 'language', onet: ['Hypertext markup language HTML'] },
  { name: 'CSS', aliases: ['CSS3'], category: 'language', onet: ['Cascading style sheets CSS'] },
  { name: 'Bash', aliases: ['shell scripting'], category: 'language', onet: ['Bash', 'Shell script'] },
  { name: 'Perl', category: 'language' },
  { name: 'Elixir', category: 'language' },
  { name: 'Erlang', category: 'language' },
  { name: 'Haskell', category: 'language' },
  { name: 'Dart', category: 'language', contextual: true },
  { name: 'Objective-C', aliases: ['ObjC', 'Objective C'], category: 'language' },
  { name: 'Solidity', category: 'language' },
  { name: 'MATLAB', category: 'language', onet: ['The MathWorks MATLAB', 'MathWorks MATLAB'] },
  {
    name: 'VBA',
    aliases: ['Visual Basic for Applications'],
    category: 'language',
    onet: ['Microsoft Visual Basic for Applications VBA'],
  },
  { name: 'JSON', category: 'data format', onet: ['JavaScript Object Notation JSON'] },
  { name: 'XML', category: 'data format', onet: ['Extensible markup language XML'] },
  { name: 'YAML', category: 'data format' },
  { name: 'GraphQL', category: 'api' },
  { name: 'REST', aliases: ['RESTful', 'REST API', 'REST APIs', 'RESTful APIs'], category: 'api', contextual: true },
  { name: 'gRPC', category: 'api' },
  // frameworks and libraries
  { name: 'Node.js', aliases: ['Node', 'NodeJS', 'Node JS'], category: 'runtime', contextual: true, onet: ['Node.js'] },
  { name: 'React', aliases: ['React.js', 'ReactJS'], category: 'framework', contextual: true, onet: ['React'] },
  { name: 'React Native', category: 'framework' },
  { name: 'Next.js', aliases: ['NextJS'], category: 'framework', contextual: true },
  { name: 'Vue.js', aliases: ['Vue', 'VueJS', 'Vue 3'], category: 'framework' },
  { name: 'Nuxt.js', aliases: ['Nuxt', 'NuxtJS'], category: 'framework' },
  {
    name: 'Angular',
    aliases: ['AngularJS', 'Angular.js'],
    category: 'framework',
    onet: ['Google Angular', 'AngularJS'],
  },
  { name: 'Svelte', category: 'framework' },
  { name: 'jQuery', category: 'framework' },
  { name: 'Redux', category: 'framework' },
  { name: 'Tailwind CSS', aliases: ['Tailwind', 'TailwindCSS'], category: 'framework' },
  { name: 'Bootstrap', category: 'framework', contextual: true },
  { name: 'Express', aliases: ['Express.js', 'ExpressJS'], category: 'framework', contextual: true },
  { name: 'NestJS', aliases: ['Nest.js'], category: 'framework' },
  { name: 'Django', category: 'framework' },
  { name: 'Flask', category: 'framework', contextual: true },
  { name: 'FastAPI', category: 'framework' },
  {
    name: 'Spring',
    aliases: ['Spring Framework'],
    category: 'framework',
    contextual: true,
    onet: ['Spring Framework'],
  },
  { name: 'Spring Boot', aliases: ['SpringBoot'], category: 'framework' },
  { name: 'Ruby on Rails', aliases: ['RoR'], category: 'framework', onet: ['Ruby on Rails'] },
  { name: 'Laravel', category: 'framework' },
  { name: 'Symfony', category: 'framework' },
  {
    name: '.NET',
    aliases: ['dotnet', '.NET Core', 'NET Core', '.NET Framework', 'ASP.NET Core'],
    category: 'framework',
    onet: ['Microsoft .NET Framework'],
  },
  { name: 'ASP.NET', category: 'framework', onet: ['Microsoft ASP.NET'] },
  { name: 'Flutter', category: 'framework' },
  { name: 'Hibernate', category: 'framework', onet: ['Hibernate ORM'] },
  { name: 'pandas', category: 'library', contextual: true, onet: ['pandas'] },
  { name: 'NumPy', category: 'library' },
  { name: 'scikit-learn', aliases: ['sklearn', 'scikit learn'], category: 'library' },
  { name: 'TensorFlow', category: 'library' },
  { name: 'PyTorch', category: 'library' },
  { name: 'Keras', category: 'library' },
  { name: 'Apache Spark', aliases: ['Spark', 'PySpark'], category: 'data', contextual: true, onet: ['Apache Spark'] },
  { name: 'Apache Kafka', aliases: ['Kafka'], category: 'data', onet: ['Apache Kafka'] },
  { name: 'Apache Airflow', aliases: ['Airflow'], category: 'data', onet: ['Apache Airflow'] },
  { name: 'Hadoop', aliases: ['Apache Hadoop'], category: 'data', onet: ['Apache Hadoop'] },
  { name: 'dbt', aliases: ['data build tool'], category: 'data', contextual: true },
  { name: 'Snowflake', category: 'data', contextual: true, onet: ['Snowflake'] },
  { name: 'Databricks', category: 'data' },
  { name: 'Tableau', category: 'analytics', onet: ['Tableau', 'Salesforce Tableau'] },
  { name: 'Power BI', aliases: ['PowerBI', 'Microsoft Power BI'], category: 'analytics', onet: ['Microsoft Power BI'] },
  { name: 'Looker', category: 'analytics', contextual: true },
  { name: 'LLM', aliases: ['LLMs', 'large language models', 'large language model'], category: 'ai' },
  { name: 'Machine learning', aliases: ['ML'], category: 'ai', contextual: true },
  { name: 'OpenAI API', aliases: ['OpenAI'], category: 'ai' },
  { name: 'LangChain', category: 'ai' },
  // databases
  { name: 'PostgreSQL', aliases: ['Postgres', 'Postgre', 'psql'], category: 'database', onet: ['PostgreSQL'] },
  { name: 'MySQL', category: 'database', onet: ['MySQL', 'Oracle MySQL'] },
  { name: 'MongoDB', aliases: ['Mongo'], category: 'database' },
  { name: 'Redis', category: 'database' },
  { name: 'Elasticsearch', aliases: ['Elastic Search', 'ElasticSearch', 'ELK'], category: 'database' },
  { name: 'SQLite', category: 'database' },
  {
    name: 'Microsoft SQL Server',
    aliases: ['MSSQL', 'MS SQL', 'SQL Server', 'MS SQL Server', 'T-SQL', 'TSQL'],
    category: 'database',
    onet: ['Microsoft SQL Server'],
  },
  {
    name: 'Oracle Database',
    aliases: ['Oracle DB', 'Oracle SQL', 'PL/SQL'],
    category: 'database',
    onet: ['Oracle Database', 'Oracle PL/SQL'],
  },
  { name: 'DynamoDB', aliases: ['Amazon DynamoDB'], category: 'database', onet: ['Amazon DynamoDB'] },
  { name: 'Cassandra', aliases: ['Apache Cassandra'], category: 'database', onet: ['Apache Cassandra'] },
  { name: 'BigQuery', aliases: ['Google BigQuery'], category: 'database', onet: ['Google BigQuery'] },
  { name: 'Amazon Redshift', aliases: ['Redshift'], category: 'database', onet: ['Amazon Redshift'] },
  { name: 'NoSQL', category: 'database' },
  // cloud, infrastructure, tooling
  { name: 'AWS', aliases: ['Amazon Web Services'], category: 'cloud', onet: ['Amazon Web Services AWS software'] },
  { name: 'Amazon S3', aliases: ['S3'], category: 'cloud', onet: ['Amazon Simple Storage Service S3'] },
  { name: 'Amazon EC2', aliases: ['EC2'], category: 'cloud', onet: ['Amazon Elastic Compute Cloud EC2'] },
  { name: 'AWS Lambda', aliases: ['Lambda'], category: 'cloud', contextual: true, onet: ['AWS Lambda'] },
  { name: 'Microsoft Azure', aliases: ['Azure'], category: 'cloud', onet: ['Microsoft Azure software'] },
  {
    name: 'Google Cloud',
    aliases: ['GCP', 'Google Cloud Platform'],
    category: 'cloud',
    onet: ['Google Cloud software'],
  },
  { name: 'Kubernetes', aliases: ['k8s'], category: 'infrastructure' },
  { name: 'Docker', aliases: ['Dockerfile', 'docker-compose'], category: 'infrastructure' },
  {
    name: 'Terraform',
    aliases: ['HashiCorp Terraform'],
    category: 'infrastructure',
    onet: ['IBM Terraform', 'Terraform'],
  },
  { name: 'Ansible', category: 'infrastructure', onet: ['Ansible software'] },
  { name: 'Chef', category: 'infrastructure', contextual: true },
  { name: 'Puppet', category: 'infrastructure', contextual: true },
  { name: 'Helm', category: 'infrastructure', contextual: true },
  { name: 'Linux', category: 'os' },
  { name: 'Unix', aliases: ['UNIX'], category: 'os' },
  { name: 'Git', category: 'tooling' },
  { name: 'GitHub', category: 'tooling' },
  { name: 'GitLab', category: 'tooling' },
  { name: 'GitHub Actions', category: 'tooling' },
  { name: 'Jenkins', category: 'tooling', onet: ['Jenkins CI'] },
  {
    name: 'CI/CD',
    aliases: ['CICD', 'CI CD', 'continuous integration', 'continuous delivery', 'continuous deployment'],
    category: 'practice',
  },
  { name: 'Jira', aliases: ['JIRA', 'Atlassian JIRA'], category: 'tooling', onet: ['Atlassian JIRA'] },
  { name: 'Confluence', category: 'tooling', onet: ['Atlassian Confluence'] },
  { name: 'Datadog', category: 'observability' },
  { name: 'Prometheus', category: 'observability' },
  { name: 'Grafana', category: 'observability' },
  { name: 'Nginx', category: 'infrastructure' },
  { name: 'RabbitMQ', category: 'infrastructure' },
  { name: 'Android', aliases: ['Google Android'], category: 'platform', onet: ['Google Android'] },
  { name: 'iOS', aliases: ['Apple iOS'], category: 'platform', onet: ['Apple iOS'] },
  { name: 'Figma', category: 'design' },
  { name: 'Salesforce', aliases: ['SFDC', 'Salesforce CRM'], category: 'business', onet: ['Salesforce software'] },
  { name: 'HubSpot', category: 'business', onet: ['HubSpot software'] },
  { name: 'SAP', category: 'business', onet: ['SAP software'] },
  {
    name: 'QuickBooks',
    aliases: ['Intuit QuickBooks', 'Quickbooks Online'],
    category: 'business',
    onet: ['Intuit QuickBooks'],
  },
  { name: 'Microsoft Excel', aliases: ['Excel', 'MS Excel'], category: 'office', onet: ['Microsoft Excel'] },
  { name: 'Microsoft Word', aliases: ['MS Word'], category: 'office', onet: ['Microsoft Word'] },
  {
    name: 'Microsoft PowerPoint',
    aliases: ['PowerPoint', 'MS PowerPoint'],
    category: 'office',
    onet: ['Microsoft PowerPoint'],
  },
  {
    name: 'Microsoft Office',
    aliases: ['MS Office', 'Office 365', 'Microsoft 365', 'Microsoft Office Suite'],
    category: 'office',
    onet: ['Microsoft Office software'],
  },
  { name: 'Microsoft Outlook', aliases: ['MS Outlook'], category: 'office', onet: ['Microsoft Outlook'] },
  { name: 'Google Workspace', aliases: ['G Suite', 'GSuite'], category: 'office', onet: ['Google Workspace software'] },
  { name: 'Adobe Photoshop', aliases: ['Photoshop'], category: 'design', onet: ['Adobe Photoshop'] },
  {
    name: 'Adobe Illustrator',
    aliases: ['Illustrator'],
    category: 'design',
    contextual: true,
    onet: ['Adobe Illustrator'],
  },
  { name: 'Adobe InDesign', aliases: ['InDesign'], category: 'design', onet: ['Adobe InDesign'] },
  { name: 'AutoCAD', aliases: ['Autodesk AutoCAD'], category: 'design', onet: ['Autodesk AutoCAD'] },
  { name: 'Selenium', category: 'testing' },
  { name: 'Cypress', category: 'testing', contextual: true },
  { name: 'Jest', category: 'testing', contextual: true },
  { name: 'JUnit', category: 'testing' },
  { name: 'pytest', category: 'testing' },
  { name: 'Playwright', category: 'testing' },
  { name: 'Webpack', category: 'tooling' },
  {
    name: 'Microservices',
    aliases: ['microservice', 'micro-services', 'microservice architecture'],
    category: 'practice',
  },
  { name: 'Agile', aliases: ['Scrum', 'Kanban'], category: 'practice', contextual: true },
  { name: 'WordPress', category: 'platform' },
  { name: 'Shopify', category: 'platform' },
];

/**
 * O*NET names that are categories rather than skills, or ordinary words a resume uses in other
 * senses; the taxonomy drops them.
 */
export const ONET_EXCLUDED = new Set([
  'Google',
  'Facebook',
  'Operating system software',
  'Business software applications',
  'Chatbot software',
  'Epic Systems',
]);

/**
 * Words that a vendor prefix hides ("Microsoft Access" → "Access"): as stand-alone aliases they are
 * ordinary English and would match everywhere, so they keep their vendor.
 */
export const COMMON_WORDS = new Set(
  'access word project teams outlook office windows dynamics analytics ads docs sheets meet earth forms server search sites slides drive cloud photos pages numbers keynote mail maps live edge paint publisher visual studio media player reader acrobat bridge premiere animate audition dreamweaver fireworks lightroom connect express basic one note notes calendar contacts tasks chrome safari store pay assistant translate vision watson workspace spark'.split(
    ' ',
  ),
);
