/**
 * Runs in <head> before first paint: applies the reader's stored theme so there is no flash, and
 * marks that JavaScript runs (the theme button is hidden without it). Static, so pages stay cacheable.
 */
export const THEME_SCRIPT = `(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')d.setAttribute('data-theme',t)}catch(e){}})();`;

/** Rewrites server-rendered times (site time zone) into the reader's own locale and zone. */
export const LOCAL_TIME_SCRIPT = `(function(){try{var f=new Intl.DateTimeFormat(undefined,{dateStyle:'long',timeStyle:'short'});document.querySelectorAll('time[data-local]').forEach(function(el){var d=new Date(el.getAttribute('datetime'));if(!isNaN(d.getTime()))el.textContent=f.format(d)})}catch(e){}})();`;
