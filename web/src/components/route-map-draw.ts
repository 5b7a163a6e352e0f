/** Draws the map (loaded on demand: MapLibre and the world outline are large). */
import type { FeatureCollection, Geometry } from 'geojson';
import { LngLatBounds, Map as MapLibreMap, Marker, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';

setWorkerUrl(workerUrl);

interface Place {
  readonly role: string;
  readonly locode: string;
  readonly name?: string | undefined;
  readonly lat: number;
  readonly lon: number;
}

let world: FeatureCollection<Geometry> | undefined;
function worldOutline(): FeatureCollection<Geometry> {
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection }>;
  world ??= feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
  return world;
}

export function drawRouteMap(container: HTMLElement, places: readonly Place[]): () => void {
  const coordinates = places.map((p) => [p.lon, p.lat] as [number, number]);
  const map = new MapLibreMap({
    container,
    attributionControl: false,
    style: {
      version: 8,
      sources: {
        world: { type: 'geojson', data: worldOutline() },
        route: {
          type: 'geojson',
          data: { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } },
        },
      },
      layers: [
        { id: 'sea', type: 'background', paint: { 'background-color': '#dbe7f3' } },
        { id: 'land', type: 'fill', source: 'world', paint: { 'fill-color': '#f5f3ee' } },
        {
          id: 'borders',
          type: 'line',
          source: 'world',
          paint: { 'line-color': '#a9b2bd', 'line-width': 0.6 },
        },
        {
          id: 'route',
          type: 'line',
          source: 'route',
          paint: { 'line-color': '#b3261e', 'line-width': 2.5 },
        },
      ],
    },
    center: coordinates[0] ?? [0, 20],
    zoom: 1,
  });
  const bounds = coordinates.reduce(
    (b, c) => b.extend(c),
    new LngLatBounds(coordinates[0], coordinates[0]),
  );
  map.fitBounds(bounds, { padding: 50, maxZoom: 5, animate: false });
  for (const p of places) {
    const dot = document.createElement('span');
    dot.className = `map-dot map-${p.role}`;
    dot.title = `${p.name ?? p.locode} (${p.locode})`;
    new Marker({ element: dot }).setLngLat([p.lon, p.lat]).addTo(map);
  }
  // Tests and screenshots wait for the first complete drawing.
  map.once('idle', () => (container.dataset.drawn = 'true'));
  return () => map.remove();
}
