/**
 * Runs in <head> before first paint: applies the reader's stored theme so there is no flash, and
 * marks that JavaScript runs (the theme button is hidden without it). Static, so pages stay cacheable.
 */
export const THEME_SCRIPT = `(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')d.setAttribute('data-theme',t)}catch(e){}})();`;
