import { US_STATE_NAMES } from '../../common/us-states';

/**
 * Where postings are. Metro areas of the United States with approximate coordinates, a weight
 * proportional to metro population (millions, rounded) so big cities carry more postings, and a pay
 * factor for local wage levels. Figures are rounded public facts, good enough for a simulator.
 */

export interface City {
  /** Stable position in CITIES; also the simulator's Glassdoor location id (IC…). */
  readonly id: number;
  readonly name: string;
  /** Two-letter USPS code. */
  readonly state: string;
  readonly stateName: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly weight: number;
  readonly payFactor: number;
}

/** US states by postal code (shared with the matcher and the resume reader). */
export const STATE_NAMES = US_STATE_NAMES;

// name, state, latitude, longitude, weight (metro population, millions), pay factor
type Row = readonly [string, string, number, number, number, number];

const ROWS: readonly Row[] = [
  ['New York', 'NY', 40.713, -74.006, 19.5, 1.25],
  ['Los Angeles', 'CA', 34.052, -118.244, 12.9, 1.18],
  ['Chicago', 'IL', 41.878, -87.63, 9.3, 1.08],
  ['Dallas', 'TX', 32.777, -96.797, 7.9, 1.02],
  ['Houston', 'TX', 29.76, -95.37, 7.3, 1.02],
  ['Washington', 'DC', 38.907, -77.037, 6.3, 1.2],
  ['Philadelphia', 'PA', 39.953, -75.165, 6.2, 1.07],
  ['Miami', 'FL', 25.762, -80.192, 6.1, 1.0],
  ['Atlanta', 'GA', 33.749, -84.388, 6.2, 1.02],
  ['Boston', 'MA', 42.36, -71.059, 4.9, 1.2],
  ['Phoenix', 'AZ', 33.448, -112.074, 5.0, 1.0],
  ['San Francisco', 'CA', 37.775, -122.419, 4.6, 1.32],
  ['Riverside', 'CA', 33.953, -117.396, 4.6, 1.02],
  ['Detroit', 'MI', 42.331, -83.046, 4.3, 1.0],
  ['Seattle', 'WA', 47.606, -122.332, 4.0, 1.22],
  ['Minneapolis', 'MN', 44.978, -93.265, 3.7, 1.05],
  ['San Diego', 'CA', 32.716, -117.161, 3.3, 1.15],
  ['Tampa', 'FL', 27.951, -82.457, 3.3, 0.97],
  ['Denver', 'CO', 39.739, -104.99, 3.0, 1.08],
  ['Baltimore', 'MD', 39.29, -76.612, 2.8, 1.07],
  ['St. Louis', 'MO', 38.627, -90.199, 2.8, 0.96],
  ['Orlando', 'FL', 28.538, -81.379, 2.7, 0.96],
  ['Charlotte', 'NC', 35.227, -80.843, 2.7, 1.0],
  ['San Antonio', 'TX', 29.424, -98.494, 2.6, 0.95],
  ['Portland', 'OR', 45.515, -122.679, 2.5, 1.08],
  ['Sacramento', 'CA', 38.582, -121.494, 2.4, 1.1],
  ['Pittsburgh', 'PA', 40.441, -79.996, 2.4, 0.97],
  ['Austin', 'TX', 30.267, -97.743, 2.4, 1.08],
  ['Las Vegas', 'NV', 36.17, -115.14, 2.3, 0.98],
  ['Cincinnati', 'OH', 39.103, -84.512, 2.3, 0.96],
  ['Kansas City', 'MO', 39.1, -94.579, 2.2, 0.96],
  ['Columbus', 'OH', 39.961, -82.999, 2.1, 0.98],
  ['Indianapolis', 'IN', 39.768, -86.158, 2.1, 0.96],
  ['Cleveland', 'OH', 41.499, -81.694, 2.1, 0.95],
  ['San Jose', 'CA', 37.338, -121.886, 2.0, 1.35],
  ['Nashville', 'TN', 36.163, -86.782, 2.0, 0.98],
  ['Virginia Beach', 'VA', 36.853, -75.978, 1.8, 0.95],
  ['Providence', 'RI', 41.824, -71.413, 1.7, 1.02],
  ['Jacksonville', 'FL', 30.332, -81.656, 1.6, 0.95],
  ['Milwaukee', 'WI', 43.039, -87.906, 1.6, 0.97],
  ['Raleigh', 'NC', 35.78, -78.639, 1.4, 1.0],
  ['Oklahoma City', 'OK', 35.468, -97.516, 1.4, 0.92],
  ['Memphis', 'TN', 35.149, -90.049, 1.3, 0.92],
  ['Richmond', 'VA', 37.541, -77.436, 1.3, 0.98],
  ['Louisville', 'KY', 38.253, -85.759, 1.3, 0.94],
  ['New Orleans', 'LA', 29.951, -90.072, 1.3, 0.93],
  ['Salt Lake City', 'UT', 40.761, -111.891, 1.3, 1.0],
  ['Hartford', 'CT', 41.764, -72.685, 1.2, 1.07],
  ['Buffalo', 'NY', 42.886, -78.878, 1.2, 0.95],
  ['Birmingham', 'AL', 33.519, -86.81, 1.1, 0.91],
  ['Rochester', 'NY', 43.157, -77.616, 1.1, 0.96],
  ['Grand Rapids', 'MI', 42.963, -85.668, 1.1, 0.95],
  ['Tucson', 'AZ', 32.222, -110.975, 1.0, 0.93],
  ['Tulsa', 'OK', 36.154, -95.993, 1.0, 0.92],
  ['Fresno', 'CA', 36.738, -119.787, 1.0, 0.98],
  ['Honolulu', 'HI', 21.307, -157.858, 1.0, 1.1],
  ['Worcester', 'MA', 42.263, -71.802, 1.0, 1.05],
  ['Omaha', 'NE', 41.257, -95.935, 1.0, 0.95],
  ['Bridgeport', 'CT', 41.187, -73.195, 0.95, 1.12],
  ['Greenville', 'SC', 34.853, -82.394, 0.95, 0.91],
  ['Albuquerque', 'NM', 35.084, -106.651, 0.92, 0.93],
  ['Bakersfield', 'CA', 35.373, -119.019, 0.91, 0.97],
  ['Albany', 'NY', 42.653, -73.757, 0.9, 0.99],
  ['Knoxville', 'TN', 35.961, -83.921, 0.9, 0.9],
  ['El Paso', 'TX', 31.762, -106.485, 0.87, 0.88],
  ['Baton Rouge', 'LA', 30.451, -91.187, 0.87, 0.92],
  ['McAllen', 'TX', 26.203, -98.23, 0.87, 0.85],
  ['New Haven', 'CT', 41.308, -72.928, 0.86, 1.05],
  ['Allentown', 'PA', 40.608, -75.49, 0.86, 0.97],
  ['Oxnard', 'CA', 34.197, -119.177, 0.84, 1.1],
  ['Columbia', 'SC', 34.001, -81.035, 0.84, 0.9],
  ['North Port', 'FL', 27.044, -82.236, 0.84, 0.93],
  ['Dayton', 'OH', 39.759, -84.192, 0.81, 0.92],
  ['Charleston', 'SC', 32.777, -79.931, 0.8, 0.95],
  ['Greensboro', 'NC', 36.073, -79.792, 0.78, 0.9],
  ['Stockton', 'CA', 37.958, -121.291, 0.78, 1.0],
  ['Cape Coral', 'FL', 26.563, -81.95, 0.76, 0.92],
  ['Boise', 'ID', 43.615, -116.202, 0.76, 0.95],
  ['Colorado Springs', 'CO', 38.834, -104.821, 0.76, 0.98],
  ['Little Rock', 'AR', 34.746, -92.29, 0.75, 0.88],
  ['Lakeland', 'FL', 28.039, -81.95, 0.74, 0.9],
  ['Akron', 'OH', 41.081, -81.519, 0.7, 0.93],
  ['Des Moines', 'IA', 41.587, -93.625, 0.7, 0.96],
  ['Springfield', 'MA', 42.101, -72.59, 0.7, 1.0],
  ['Ogden', 'UT', 41.223, -111.974, 0.7, 0.95],
  ['Madison', 'WI', 43.073, -89.401, 0.68, 1.0],
  ['Winston-Salem', 'NC', 36.1, -80.244, 0.68, 0.9],
  ['Deltona', 'FL', 28.9, -81.264, 0.67, 0.9],
  ['Syracuse', 'NY', 43.048, -76.147, 0.65, 0.95],
  ['Provo', 'UT', 40.234, -111.659, 0.67, 0.96],
  ['Wichita', 'KS', 37.687, -97.33, 0.65, 0.9],
  ['Durham', 'NC', 35.994, -78.899, 0.65, 1.02],
  ['Augusta', 'GA', 33.471, -81.975, 0.62, 0.88],
  ['Palm Bay', 'FL', 28.034, -80.588, 0.62, 0.93],
  ['Harrisburg', 'PA', 40.274, -76.884, 0.6, 0.95],
  ['Spokane', 'WA', 47.659, -117.426, 0.6, 0.97],
  ['Toledo', 'OH', 41.654, -83.537, 0.6, 0.92],
  ['Chattanooga', 'TN', 35.046, -85.309, 0.57, 0.89],
  ['Scranton', 'PA', 41.409, -75.662, 0.57, 0.9],
  ['Reno', 'NV', 39.53, -119.814, 0.5, 1.0],
  ['Anchorage', 'AK', 61.218, -149.9, 0.4, 1.08],
  ['Portland', 'ME', 43.659, -70.257, 0.55, 0.98],
  ['Manchester', 'NH', 42.996, -71.455, 0.42, 1.0],
  ['Burlington', 'VT', 44.476, -73.212, 0.23, 0.98],
  ['Wilmington', 'DE', 39.74, -75.547, 0.72, 1.02],
  ['Sioux Falls', 'SD', 43.546, -96.731, 0.28, 0.9],
  ['Fargo', 'ND', 46.877, -96.79, 0.26, 0.92],
  ['Billings', 'MT', 45.783, -108.501, 0.19, 0.92],
  ['Cheyenne', 'WY', 41.14, -104.82, 0.1, 0.92],
  ['Charleston', 'WV', 38.35, -81.633, 0.2, 0.88],
  ['Jackson', 'MS', 32.299, -90.185, 0.58, 0.86],
  ['Lincoln', 'NE', 40.814, -96.703, 0.34, 0.92],
];

export const CITIES: readonly City[] = ROWS.map(([name, state, latitude, longitude, weight, payFactor], id) => ({
  id,
  name,
  state,
  stateName: STATE_NAMES[state] ?? state,
  latitude,
  longitude,
  weight,
  payFactor,
}));

/** "Austin, TX": how Indeed and Glassdoor print a US location. */
export function cityLabel(city: City): string {
  return `${city.name}, ${city.state}`;
}
