/** Entry point: defines the app shell. Everything else loads lazily per route. */
import './ui/app/app-shell';
